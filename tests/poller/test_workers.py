"""A hanging read holds one worker, never the other sessions; close() is quick and delivers nothing after."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from heygen_widgets.poller import Event, Pace, Poller
from heygen_widgets.snapshot import Snapshot
from tests.poller.fakes import Recorder, ScriptedSession, snap

TIMEOUT = 2.0  # generous upper bound for an event; the tests usually pass in milliseconds
SLOW = Pace(working=3600.0, review=3600.0, idle=3600.0)  # the thread only polls when woken


class HangingSession(ScriptedSession):
    """Its read blocks until the test releases it, like an answer that never comes."""

    def __init__(self, session_id: str, *script: Snapshot | Exception) -> None:
        super().__init__(session_id, *script)
        self.entered = threading.Event()
        self.release = threading.Event()

    def refresh(self) -> Snapshot:
        self.entered.set()
        assert self.release.wait(10 * TIMEOUT), "the test never released the hanging read"
        return super().refresh()


def ours() -> set[threading.Thread]:
    """The pollers' threads alive now (named ``heygen-poller...``).

    Only these are counted: a thread another test left behind (a server's, a browser driver's)
    may start or end while this test runs, and is not this test's to join. A poller closed from
    its own subscriber (on its scheduler thread) lets that thread end after `close` returns, so
    the threads a test started are joined here before they are counted.
    """
    return {t for t in threading.enumerate() if t.name.startswith("heygen-poller")}


@pytest.fixture
def threads_before() -> Iterator[int]:
    before = ours()
    yield len(before)
    for thread in ours() - before:  # a poller closed by its own subscriber ends its thread after
        thread.join(TIMEOUT)
    left = ours() - before
    assert not left, f"threads this test started are still alive: {sorted(t.name for t in left)}"


def test_a_hanging_read_delays_no_other_session(threads_before: int) -> None:
    hung, healthy = (
        HangingSession("hung", snap("thinking", "hung")),
        ScriptedSession("ok", snap("reviewing", "ok")),
    )
    told_hung, told_healthy = Recorder(), Recorder()
    poller = Poller(pace=SLOW)
    try:
        poller.watch(hung, told_hung)
        assert hung.entered.wait(TIMEOUT)
        poller.watch(healthy, told_healthy)
        assert healthy.refreshed.wait(TIMEOUT)  # polled while the other read still hangs
        for _ in range(3):
            healthy.refreshed.clear()
            poller.nudge("ok")
            assert healthy.refreshed.wait(TIMEOUT)
        assert not hung.release.is_set() and told_hung.events == []
        assert told_healthy.kinds() == ["Changed"]
        threads = poller.threads
    finally:
        began = time.monotonic()
        poller.close()
        closing = time.monotonic() - began
    assert closing < 1.0  # though a worker is still inside the hanging read
    hung.release.set()  # the answer arrives after close: it is dropped
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive()
    assert told_hung.events == []
    assert hung.calls == 1


def test_nothing_is_delivered_once_close_returns(threads_before: int) -> None:
    hung = HangingSession("hung", snap("thinking", "hung"))
    told: list[Event] = []
    poller = Poller(pace=SLOW)
    poller.watch(hung, told.append)
    assert hung.entered.wait(TIMEOUT)
    threads = poller.threads
    poller.close()
    hung.release.set()
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive()
    assert told == []


def test_a_subscriber_may_close_its_own_poller(threads_before: int) -> None:
    session = ScriptedSession("s1", snap("thinking"))
    told: list[Event] = []
    poller = Poller(pace=SLOW, autostart=False)

    def close_on_first(event: Event) -> None:
        told.append(event)
        poller.close()

    poller.watch(session, close_on_first)
    poller.watch(session, told.append)  # its turn comes after the close: told nothing
    poller.start()
    assert session.refreshed.wait(TIMEOUT)
    threads = poller.threads
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive()
    assert len(told) == 1


def test_at_most_four_reads_run_at_once(threads_before: int) -> None:
    sessions = [HangingSession(f"s{i}", snap("thinking", f"s{i}")) for i in range(10)]
    poller = Poller(pace=SLOW, budget=1000)
    try:
        for session in sessions:
            poller.watch(session, Recorder())
        assert all(s.entered.wait(TIMEOUT) for s in sessions[:4])
        assert sum(s.entered.is_set() for s in sessions) == 4  # the others wait for a worker
        assert len(poller.threads) == 5
        sessions[0].release.set()
        assert sessions[4].entered.wait(TIMEOUT)  # a freed worker takes the next session
        threads = poller.threads
    finally:
        poller.close()
        for session in sessions:
            session.release.set()
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive()
