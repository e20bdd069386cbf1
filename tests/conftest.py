from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from heygen_widgets.fake import FakeHeyGen

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPECS = ROOT.parent / "shared" / "specs"


@pytest.fixture(scope="session")
def root() -> Path:
    """The project's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def shared_specs() -> Path:
    """HeyGen's official spec files kept beside the project (``../shared/specs``)."""
    if not (SHARED_SPECS / "PROVENANCE.md").is_file():
        pytest.skip("needs ../shared/specs with HeyGen's official spec files beside the project")
    return SHARED_SPECS


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A scratch copy of the parts regeneration reads and writes, so tests never touch the repo."""
    copy = tmp_path / "repo"
    for name in ("openapi", "scripts", "generated_client"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.fixture(scope="session")
def simulator() -> Iterator[FakeHeyGen]:
    """One simulator for the whole run (step mode, no job limit); tests reset it."""
    fake = FakeHeyGen(concurrent_jobs=None)
    with fake:
        yield fake
    assert fake._thread is None  # stop() joined the server thread


@pytest.fixture
def fake(simulator: FakeHeyGen) -> Iterator[FakeHeyGen]:
    """The shared simulator, emptied for this test."""
    simulator.reset()
    yield simulator
    simulator.faults.clear()
