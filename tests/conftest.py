from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.home import ENV_HOME, Home, process_gone
from heygen_widgets.fake.standalone import stop_home

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


@pytest.fixture(scope="session", autouse=True)
def _scratch_simulator_home() -> Iterator[Path]:
    """No test reaches the user's own per-user simulator: the whole run gets a scratch folder.

    A simulator a test started there and left running is stopped at the end, and the run fails.
    """
    previous = os.environ.get(ENV_HOME)
    folder = Path(tempfile.mkdtemp(prefix="heygen-simulator-"))
    os.environ[ENV_HOME] = str(folder)
    yield folder
    state = Home(folder).read_state()
    left = stop_home(Home(folder))
    if previous is None:
        os.environ.pop(ENV_HOME, None)
    else:
        os.environ[ENV_HOME] = previous
    shutil.rmtree(folder, ignore_errors=True)
    assert left is None, f"a test left the per-user simulator running (pid {state and state.pid})"


@pytest.fixture
def simulator_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh per-user simulator folder for one test; its simulator is stopped after, and must be gone."""
    folder = tmp_path / "simulator-home"
    monkeypatch.setenv(ENV_HOME, str(folder))
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    yield folder
    home = Home(folder)
    state = home.read_state()
    stop_home(home)
    assert not home.served()
    if state is not None:
        assert process_gone(state.pid)
