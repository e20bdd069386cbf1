"""The README's example of the generated client runs as written, with the connection's transport."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heygen_widgets.fake import FakeHeyGen
from tests.session.conftest import KEY

MARKER = "<!-- example: generated -->"


def test_the_readme_generated_client_example_runs_and_is_retried(
    root: Path, fake: FakeHeyGen, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (root / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(MARKER) + r"\s*```python\n(.*?)```", text, re.S)
    assert found, "the README lost its generated-client example"
    monkeypatch.setenv("HEYGEN_API_KEY", KEY)
    monkeypatch.setenv("HEYGEN_BASE_URL", fake.url)
    fake.inject("rate_limit", "listVoicesV3", retry_after=0)  # the example's first call meets a 429
    scope: dict[str, object] = {}
    exec(compile(found[1], "README.md", "exec"), scope)  # noqa: S102 - the README's own example
    scope["connection"].close()  # type: ignore[attr-defined]
    assert [r.status for r in fake.requests if r.operation == "listVoicesV3"] == [429, 200]
    assert scope["voices"].data  # type: ignore[attr-defined]
    assert [r.status for r in fake.requests if r.operation == "createVideoAgentV3"] == [200]
    assert KEY not in repr(scope["client"])
