"""The poller driving real sessions of the session layer, against the simulator over sockets."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.snapshot import Phase
from tests.poller.fakes import FakeClock, Recorder


@pytest.fixture
def connection(fake: FakeHeyGen) -> Iterator[Connection]:
    with Connection(Transport(fake.url, "poller-key", sleep=lambda _s: None)) as conn:
        yield conn


def test_changes_reach_subscribers_and_unchanged_polls_send_nothing(
    fake: FakeHeyGen, connection: Connection
) -> None:
    clock = FakeClock()
    session = connection.create("Cover alpha and beta")
    seen = Recorder()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(session, seen)  # due at once
        clock.advance(poller.poll_once())
        assert seen.kinds() == ["Changed"]
        clock.advance(poller.poll_once())
        assert seen.kinds() == ["Changed"]  # nothing moved: nothing delivered
        fake.run_until_idle()
        clock.advance(poller.poll_once())
        last = seen.events[-1]
        assert isinstance(last, Changed) and last.snapshot.phase is Phase.REVIEW
        assert len(last.snapshot.storyboard) == 4


def test_a_rate_limit_slows_the_poller_instead_of_failing_it(
    fake: FakeHeyGen, connection: Connection
) -> None:
    clock = FakeClock()
    session = connection.create("hi")
    seen = Recorder()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(session, seen)
        poller.poll_once()
        fake.inject("rate_limit", "getVideoAgentSession", retry_after=9)
        clock.advance(1.0)
        wait = poller.poll_once()
        failed = seen.events[-1]
        assert isinstance(failed, Failed) and failed.retry_in is not None and failed.retry_in >= 9
        assert wait >= 9
        clock.advance(wait)
        fake.run_until_idle()
        poller.poll_once()
        assert isinstance(seen.events[-1], Changed)


def test_a_render_is_followed_through_a_session_404_to_the_finished_video(
    fake: FakeHeyGen, connection: Connection
) -> None:
    clock = FakeClock()
    session = connection.create("hi")
    fake.run_until_idle()
    seen = Recorder()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(session, seen)
        poller.poll_once()
        session.approve()
        poller.nudge(session.session_id)
        poller.poll_once()
        fake.inject("not_found_while_rendering", "getVideoAgentSession", times=-1)
        for _ in range(6):
            clock.advance(poller.poll_once())
        assert not any(isinstance(e, Failed) for e in seen.events)
        fake.run_until_idle()
        for _ in range(6):
            clock.advance(poller.poll_once())
    finished = [e for e in seen.events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].snapshot.video is not None and finished[0].snapshot.video.ready


def test_fifty_sessions_share_five_threads_and_one_pool(fake: FakeHeyGen, connection: Connection) -> None:
    sessions = [connection.create(f"Video {n}") for n in range(50)]
    fake.run_until_idle()
    reviewing: set[str] = set()
    all_seen = threading.Event()
    lock = threading.Lock()

    def on_change(event: Event) -> None:
        if isinstance(event, Changed) and event.snapshot.phase is Phase.REVIEW:
            with lock:
                reviewing.add(event.snapshot.session_id)
                if len(reviewing) == 50:
                    all_seen.set()

    before = threading.active_count()
    poller = Poller(budget=1000)  # the first reads fetch every storyboard: 250 requests at once
    try:
        for session in sessions:
            poller.watch(session, on_change)
        assert all_seen.wait(timeout=30), f"only {len(reviewing)} of 50 sessions arrived"
        assert threading.active_count() <= before + 5  # the scheduler and 4 workers, whatever the count
        pool = connection.transport.wire._inner._pool  # type: ignore[attr-defined]  # httpx's pool, to count connections
        assert len(pool.connections) <= 10
    finally:
        poller.close()
    assert poller.thread is None or not poller.thread.is_alive()
    assert threading.active_count() == before


def test_any_watched_session_object_that_acts_nudges_the_poller(
    fake: FakeHeyGen, connection: Connection
) -> None:
    clock = FakeClock()
    first = connection.create("hi")
    fake.run_until_idle()
    second = connection.attach(first.session_id)  # another object for the same session, as a panel may hold
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(first, Recorder())
        poller.watch(second, Recorder())
        assert poller.poll_once() == 10.0  # under review: slow
        reads = [r.operation for r in fake.requests].count("getVideoAgentSession")
        second.send("shorter")
        poller.poll_once()  # nudged: read at once, long before the 10 s of the review pace
        assert [r.operation for r in fake.requests].count("getVideoAgentSession") == reads + 1
