"""The README's plain script runs as written, and its lifecycle costs a known number of requests."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import heygen_widgets
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Transport

MARKER = "<!-- example: script -->"


def readme_script(root: Path) -> str:
    text = (root / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(MARKER) + r"\s*```python\n(.*?)```", text, re.S)
    assert found, "the README lost its script example"
    return found[1]


def test_the_readme_script_reaches_a_downloaded_video(
    root: Path,
    fake: FakeHeyGen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Each of the script's waits moves the step-mode simulator on one stage instead of sleeping.
    def step(_seconds: float) -> None:
        fake.step()

    transport = Transport(fake.url, "readme-key", sleep=step)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(heygen_widgets, "connect", lambda *a, **k: Connection(transport))
    exec(readme_script(root), {})  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "Welcome" in out and (tmp_path / "intro.webm").read_bytes()[:4] == bytes.fromhex("1A45DFA3")
    counts = Counter(r.operation for r in fake.requests)
    print(f"\nREADME lifecycle: {len(fake.requests)} requests: {dict(counts)}")
    assert counts["createVideoAgentV3"] == 1 and counts["sendVideoAgentMessage"] == 2
    assert all(r.status == 200 for r in fake.requests)
