"""The README's batch example runs as written, on a quick simulator, in a scratch folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heygen_widgets.fake import FakeHeyGen

MARKER = "<!-- example: batch -->"
KEY = "sk-readme-batch-5d1e"


def test_the_readme_batch_example_runs_and_leaves_videos_and_results(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (root / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(MARKER) + r"\s*```python\n(.*?)```", text, re.S)
    assert found, "the README lost its batch example"
    (tmp_path / "prompts.csv").write_text("prompt\nA tour of the office\nHow we review code\n", "utf-8")
    with FakeHeyGen(timed=True, speed=200, render_seconds=20) as fake:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("HEYGEN_API_KEY", KEY)
        monkeypatch.setenv("HEYGEN_BASE_URL", fake.url)
        scope: dict[str, object] = {}
        exec(compile(found[1], "README.md", "exec"), scope)  # noqa: S102 - the README's own example
        batch = scope["batch"]
        try:
            assert [r["state"] for r in batch.results()] == ["finished", "finished"]  # type: ignore[attr-defined]
        finally:
            batch.close()  # type: ignore[attr-defined]
        assert sum(1 for r in fake.requests if r.operation == "createVideoAgentV3") == 2
    assert len(list((tmp_path / "videos").iterdir())) == 2
    assert (tmp_path / "results.csv").read_text("utf-8").count("finished") == 2
    assert (tmp_path / "prompts.csv.ledger.sqlite").exists()
