"""The per-user simulator process: found or started once, detached, stale state replaced, stopped."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.build import build_id
from heygen_widgets.fake.home import Home, State, process_gone
from heygen_widgets.session import connect, local
from heygen_widgets.session.local import local_simulator, stop_local_simulator

START = (
    "from heygen_widgets.session.local import local_simulator\n"
    "sim = local_simulator()\n"
    "print(sim.pid, sim.url, flush=True)\n"
)


def python(code: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env={**os.environ, **env}
    )


def test_the_simulator_is_detached_from_the_caller_and_keeps_its_log_in_its_folder(
    simulator_home: Path,
) -> None:
    sim = local_simulator()
    fds = {n: os.readlink(f"/proc/{sim.pid}/fd/{n}") for n in (0, 1, 2)}
    # A test runner capturing our output must never wait for the simulator to close it.
    assert fds == {0: "/dev/null", 1: str(simulator_home / "simulator.log"), 2: fds[1]}
    assert os.getsid(sim.pid) == sim.pid != os.getsid(0)  # its own session: no terminal signals
    assert "HeyGen simulator on" in (simulator_home / "simulator.log").read_text(encoding="utf-8")
    assert local_simulator() == sim  # found, not started again


def test_a_session_made_by_one_process_is_there_for_the_next(simulator_home: Path) -> None:
    made = python(
        "from heygen_widgets import connect\n"
        "c = connect(offline=True, quiet=True)\n"
        "s = c.create('From another process. Cover one and two.')\n"
        "print(s.session_id, flush=True)\n"
    )
    out, _ = made.communicate(timeout=60)  # the creating process has exited: the session has not
    with connect(offline=True, quiet=True) as heygen:
        session = heygen.attach(out.split()[-1])
        assert session.refresh().session_id == out.split()[-1]


def test_timed_progress_survives_a_simulator_restart(
    simulator_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_SIMULATOR_SPEED", "20")
    with connect(offline=True, quiet=True) as heygen:
        session = heygen.create("Survive a restart. Cover one and two.")
        first = local_simulator().pid
        assert stop_local_simulator() == first and process_gone(first)
        # The stages are timed on the wall clock, so the new process finds where time took them.
        with connect(offline=True, quiet=True) as again:
            snap = again.attach(session.session_id).wait("review", timeout=30)
            assert snap.status == "reviewing" and len(snap.storyboard) == 4
        assert local_simulator().pid != first


def test_two_starting_at_once_end_with_one_process(simulator_home: Path) -> None:
    starters = [python(START) for _ in range(3)]
    answers = {proc.communicate(timeout=60)[0].strip() for proc in starters}
    assert len(answers) == 1, answers
    pid = int(answers.pop().split()[0])
    assert Home(simulator_home).read_state() is not None
    assert Home(simulator_home).read_state().pid == pid  # type: ignore[union-attr]


def test_a_stale_state_file_is_replaced(simulator_home: Path) -> None:
    home = Home(simulator_home)
    home.prepare()
    with FakeHeyGen() as other:  # something else answers on the port the state file names
        home.write_state(State(other.url, 999_999_999, "not-its-token", 1.0, "default", 0.0))
        sim = local_simulator()
        assert sim.url != other.url and sim.pid != 999_999_999
        assert home.read_state() is not None and home.read_state().pid == sim.pid  # type: ignore[union-attr]


def test_it_exits_by_itself_when_idle_and_on_sigterm(
    simulator_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(local.IDLE_EXIT_ENV, "0.5")
    local_simulator()
    local._started[-1].wait(timeout=20)  # returns once the quiet simulator has stopped itself
    assert not Home(simulator_home).served() and Home(simulator_home).read_state() is None
    monkeypatch.delenv(local.IDLE_EXIT_ENV)
    sim = local_simulator()
    os.kill(sim.pid, signal.SIGTERM)
    local._started[-1].wait(timeout=20)
    assert Home(simulator_home).read_state() is None  # it tidied up before going


def test_a_second_server_on_the_same_folder_says_where_the_first_is(simulator_home: Path) -> None:
    sim = local_simulator()
    second = subprocess.run(
        [sys.executable, "-m", "heygen_widgets.fake", "--home", str(simulator_home), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert f"already runs at {sim.url} (pid {sim.pid})" in second.stdout
    assert httpx.get(f"{sim.url}/_fake/health").json()["service"] == "heygen-simulator"


def test_a_simulator_running_other_code_is_replaced_and_keeps_the_sessions(
    simulator_home: Path, tmp_path: Path
) -> None:
    """After an upgrade the old per-user simulator would lack what the new toolkit asks of it.

    The old one is a real process started from a copy of the package whose simulator code
    differs by one line.
    """
    older = tmp_path / "older"
    shutil.copytree(Path(local.__file__).parents[1], older / "heygen_widgets")
    with (older / "heygen_widgets" / "fake" / "agent.py").open("a", encoding="utf-8") as agent:
        agent.write("# an older version\n")
    started = subprocess.Popen(  # run from the copy's folder: it, not this checkout, is imported
        [sys.executable, "-c", START], stdout=subprocess.PIPE, text=True, cwd=older,
        env={**os.environ, "PYTHONPATH": str(older)},
    )  # fmt: skip
    out, _ = started.communicate(timeout=60)
    old_pid = int(out.split()[0])
    with connect(offline=True, quiet=True) as heygen:  # this code, talking to the older simulator
        assert heygen.where and local_simulator().pid != old_pid  # replaced on sight
    assert process_gone(old_pid)
    current = local_simulator()
    assert local_simulator() == current  # the current one is kept
    build = httpx.get(f"{current.url}/_fake/health", timeout=5).json()["build"]
    assert build == build_id()
