"""The real threads: they start lazily, poll, wake on a nudge, and are dead after close()."""

from __future__ import annotations

import atexit
import threading
from collections.abc import Iterator

import pytest

from heygen_widgets.poller import Event, Pace, Poller
from tests.poller.fakes import Recorder, ScriptedSession, snap

TIMEOUT = 2.0  # generous upper bound for an event; the tests usually pass in milliseconds
SLOW = Pace(working=3600.0, review=3600.0, idle=3600.0)  # the thread only polls when woken


@pytest.fixture
def threads_before() -> Iterator[int]:
    """The thread count before the test; it must be the same after."""
    before = threading.active_count()
    yield before
    assert threading.active_count() == before


def test_the_thread_starts_on_the_first_watch_and_is_dead_after_close(threads_before: int) -> None:
    poller = Poller(pace=SLOW)
    assert poller.thread is None  # nothing started before a watch
    session = ScriptedSession("s1", snap("thinking"))
    poller.watch(session, Recorder())
    assert session.refreshed.wait(TIMEOUT)
    thread = poller.thread
    assert thread is not None and thread.is_alive() and thread.daemon
    threads = poller.threads
    assert [t.name for t in threads] == ["heygen-poller", "heygen-poller-worker-1"]  # one read: one worker
    assert all(t.daemon for t in threads)
    assert threading.active_count() == threads_before + 2
    poller.close()
    assert not any(t.is_alive() for t in threads)
    assert poller.thread is None and poller.threads == ()
    poller.close()  # idempotent
    assert threading.active_count() == threads_before


def test_the_context_manager_closes(threads_before: int) -> None:
    session = ScriptedSession("s1", snap("thinking"))
    with Poller(pace=SLOW) as poller:
        poller.watch(session, Recorder())
        assert session.refreshed.wait(TIMEOUT)
        thread = poller.thread
    assert thread is not None and not thread.is_alive()


def test_a_nudge_wakes_a_thread_in_a_long_wait(threads_before: int) -> None:
    waiting, waits = threading.Event(), []

    def wait(event: threading.Event, seconds: float) -> bool:
        waits.append(seconds)
        waiting.set()
        return event.wait(seconds)

    session = ScriptedSession("s1", snap("reviewing"))
    with Poller(pace=SLOW, wait=wait) as poller:
        poller.watch(session, Recorder())
        assert session.refreshed.wait(TIMEOUT)
        assert waiting.wait(TIMEOUT)  # the thread is now waiting an hour
        assert waits[-1] > 3000
        session.refreshed.clear()
        poller.nudge("s1")
        assert session.refreshed.wait(TIMEOUT)
    assert session.calls == 2


def test_a_raising_subscriber_does_not_kill_the_thread(threads_before: int) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("widget bug")

    session = ScriptedSession("s1", snap("thinking"), snap("reviewing"))
    seen = Recorder()
    with Poller(pace=SLOW) as poller:
        poller.watch(session, broken)
        assert session.refreshed.wait(TIMEOUT)
        session.refreshed.clear()
        poller.nudge("s1")
        assert session.refreshed.wait(TIMEOUT)
        thread = poller.thread
        assert thread is not None and thread.is_alive()
        poller.watch(session, seen)  # a third poll: the newcomer is given the snapshot
        delivered = threading.Event()
        poller.watch(session, lambda event: delivered.set())
        assert delivered.wait(TIMEOUT)
    assert seen.events  # delivered on the same thread before the last subscriber


def test_fifty_sessions_share_one_scheduler_and_four_workers(threads_before: int) -> None:
    sessions = [ScriptedSession(f"s{i}", snap("reviewing", f"s{i}")) for i in range(50)]
    with Poller(pace=SLOW, budget=1000) as poller:
        for session in sessions:
            poller.watch(session, Recorder())
        assert all(s.refreshed.wait(TIMEOUT) for s in sessions)
        names = sorted(t.name for t in poller.threads)
        assert names[0] == "heygen-poller" and 2 <= len(names) <= 5  # the scheduler and up to 4 workers
        assert threading.active_count() == threads_before + len(names)
        assert [t.name for t in threading.enumerate()].count("heygen-poller") == 1


def test_interpreter_exit_is_hooked_while_the_thread_runs(
    monkeypatch: pytest.MonkeyPatch, threads_before: int
) -> None:
    hooks: list[object] = []
    monkeypatch.setattr(atexit, "register", hooks.append)
    monkeypatch.setattr(atexit, "unregister", hooks.remove)
    session = ScriptedSession("s1", snap("thinking"))
    poller = Poller(pace=SLOW)
    poller.watch(session, Recorder())
    poller.watch(session, Recorder())  # the thread is started once, the hook registered once
    assert hooks == [poller.close]
    poller.close()
    assert hooks == []
