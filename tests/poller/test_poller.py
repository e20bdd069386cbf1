"""The one-step function: which sessions are polled, when, and what subscribers are told."""

from __future__ import annotations

import logging

import pytest

import heygen_widgets.poller
from heygen_widgets.poller import Changed, Event, Failed, Finished, Pace, Poller, TimedOut
from heygen_widgets.snapshot import Video
from tests.poller.fakes import FakeClock, NotFound, RateLimited, Recorder, ScriptedSession, ready, snap


def test_public_names_come_from_a_sorted_all() -> None:
    names = list(heygen_widgets.poller.__all__)
    assert names == sorted(names)
    assert all(hasattr(heygen_widgets.poller, name) for name in names)


# -- what subscribers are told ------------------------------------------------------------------


def test_unchanged_polls_deliver_nothing_after_the_first(poller: Poller, clock: FakeClock) -> None:
    session, seen = ScriptedSession("s1", snap("thinking")), Recorder()
    poller.watch(session, seen)
    for _ in range(4):
        poller.poll_once()
        clock.advance(1.0)
    assert session.calls == 4
    assert seen.events == [Changed(snap("thinking"))]
    assert poller.latest("s1") == snap("thinking")


def test_a_change_delivers_exactly_one_changed(poller: Poller, clock: FakeClock) -> None:
    session = ScriptedSession(
        "s1", snap("thinking"), snap("thinking", progress=40), snap("thinking", progress=40)
    )
    seen = Recorder()
    poller.watch(session, seen)
    for _ in range(3):
        poller.poll_once()
        clock.advance(1.0)
    assert seen.events == [Changed(snap("thinking")), Changed(snap("thinking", progress=40))]


def test_a_finished_session_gets_finished_and_is_not_polled_again(poller: Poller, clock: FakeClock) -> None:
    session, seen = ScriptedSession("s1", snap("generating"), ready()), Recorder()
    poller.watch(session, seen)
    poller.poll_once()
    clock.advance(2.0)
    assert poller.poll_once() == Pace().idle  # nothing left to poll
    clock.advance(10_000)
    poller.poll_once()
    assert session.calls == 2
    assert seen.events == [Changed(snap("generating")), Changed(ready()), Finished(ready())]


def test_a_failed_render_also_finishes(poller: Poller) -> None:
    failed = snap("generating", video=Video(id="v", status="failed", failure_message="no"))
    session, seen = ScriptedSession("s1", failed), Recorder()
    poller.watch(session, seen)
    poller.poll_once()
    assert seen.kinds() == ["Changed", "Finished"]


def test_a_session_past_its_deadline_times_out_without_another_poll(clock: FakeClock) -> None:
    session, seen = ScriptedSession("s1", snap("generating")), Recorder()
    with Poller(clock=clock, autostart=False, deadline=10.0) as poller:
        poller.watch(session, seen)
        waits = []
        while not seen.events or not isinstance(seen.events[-1], TimedOut):
            waits.append(poller.poll_once())
            clock.advance(waits[-1])
        assert waits == [2.0, 3.0, 4.5, 0.5, Pace().idle]  # cut short to meet the deadline, then idle
        assert session.calls == 4
        assert seen.events == [Changed(snap("generating")), TimedOut("s1")]
        assert poller.poll_once() == Pace().idle


def test_a_subscriber_that_raises_does_not_stop_the_others(
    poller: Poller, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("widget bug")

    session, seen = ScriptedSession("s1", snap("thinking"), snap("reviewing")), Recorder()
    poller.watch(session, broken)
    poller.watch(session, seen)
    with caplog.at_level(logging.WARNING, logger="heygen_widgets.poller"):
        poller.poll_once()
        clock.advance(1.0)
        poller.poll_once()
    assert seen.events == [Changed(snap("thinking")), Changed(snap("reviewing"))]
    assert len(caplog.records) == 2
    assert "s1" in caplog.records[0].getMessage()
    assert caplog.records[0].exc_info is not None


# -- one watcher per session --------------------------------------------------------------------


def test_watching_a_session_twice_polls_it_once_for_both(poller: Poller, clock: FakeClock) -> None:
    session, first, second = ScriptedSession("s1", snap("thinking")), Recorder(), Recorder()
    poller.watch(session, first)
    poller.watch(ScriptedSession("s1", snap("failed")), second)  # same id: the first session is kept
    assert poller.session_ids == ("s1",)
    poller.poll_once()
    clock.advance(1.0)
    poller.poll_once()
    assert session.calls == 2
    assert first.events == second.events == [Changed(snap("thinking"))]


def test_a_late_subscriber_is_given_the_current_snapshot(poller: Poller, clock: FakeClock) -> None:
    session, first, late = ScriptedSession("s1", snap("reviewing")), Recorder(), Recorder()
    poller.watch(session, first)
    poller.poll_once()
    clock.advance(1.0)
    poller.watch(session, late)
    assert poller.poll_once() == 10.0  # due at once for the newcomer, though not due for review
    assert session.calls == 2
    assert first.events == late.events == [Changed(snap("reviewing"))]


def test_watching_a_finished_session_again_restarts_it(poller: Poller, clock: FakeClock) -> None:
    session, first, again = ScriptedSession("s1", ready()), Recorder(), Recorder()
    poller.watch(session, first)
    poller.poll_once()
    clock.advance(100.0)
    poller.watch(session, again)
    poller.poll_once()
    assert session.calls == 2
    assert first.kinds() == again.kinds() == ["Changed", "Finished"]


def test_cancel_stops_events_and_the_last_cancel_stops_polling(poller: Poller, clock: FakeClock) -> None:
    session, kept, dropped = (
        ScriptedSession("s1", snap("thinking"), snap("reviewing")),
        Recorder(),
        Recorder(),
    )
    keep = poller.watch(session, kept)
    drop = poller.watch(session, dropped)
    drop.cancel()
    drop.cancel()  # twice is harmless
    poller.poll_once()
    assert dropped.events == []
    assert kept.events == [Changed(snap("thinking"))]
    keep.cancel()
    assert not keep.active
    assert poller.session_ids == ()
    clock.advance(60.0)
    assert poller.poll_once() == Pace().idle
    assert session.calls == 1
    assert poller.latest("s1") is None


# -- pace ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "wait"),
    [("thinking", 1.0), ("processing", 1.0), ("a_status_from_tomorrow", 1.0), ("reviewing", 10.0)],
)
def test_the_next_poll_follows_the_phase(poller: Poller, status: str, wait: float) -> None:
    session = ScriptedSession("s1", snap(status))
    poller.watch(session, Recorder())
    assert poller.poll_once() == wait


def test_only_due_sessions_are_polled(poller: Poller, clock: FakeClock) -> None:
    working, review = (
        ScriptedSession("w", snap("thinking", "w")),
        ScriptedSession("r", snap("reviewing", "r")),
    )
    poller.watch(working, Recorder())
    poller.watch(review, Recorder())
    assert poller.poll_once() == 1.0
    for _ in range(9):
        clock.advance(1.0)
        poller.poll_once()
    assert (working.calls, review.calls) == (10, 1)
    clock.advance(1.0)
    poller.poll_once()
    assert (working.calls, review.calls) == (11, 2)


def test_rendering_backs_off_through_progress_ticks_and_resets_when_the_video_moves(
    poller: Poller, clock: FakeClock
) -> None:
    session = ScriptedSession("s1", snap("generating", progress=50))
    seen = Recorder()
    poller.watch(session, seen)
    waits = []
    for _ in range(10):
        waits.append(poller.poll_once())
        clock.advance(waits[-1])
    assert waits == pytest.approx([2.0, 3.0, 4.5, 6.75, 10.125, 15.1875, 22.78125, 30.0, 30.0, 30.0])
    session.then(snap("generating", progress=80))
    assert poller.poll_once() == 30.0  # a progress tick is delivered but does not speed polling up
    last = seen.events[-1]
    assert isinstance(last, Changed) and last.snapshot.progress == 80
    clock.advance(30.0)
    session.then(snap("generating", progress=80, video=Video(id="v", status="processing")))
    assert poller.poll_once() == 2.0
    clock.advance(2.0)
    assert poller.poll_once() == 3.0


def test_done_with_a_video_not_ready_yet_is_still_rendering(poller: Poller, clock: FakeClock) -> None:
    unready = snap("completed", video=Video(id="v", status="processing"))
    session, seen = ScriptedSession("s1", unready), Recorder()
    poller.watch(session, seen)
    assert poller.poll_once() == 2.0
    clock.advance(2.0)
    assert poller.poll_once() == 3.0
    assert seen.kinds() == ["Changed"]


def test_nudge_polls_now_then_quickly_for_a_while(poller: Poller, clock: FakeClock) -> None:
    session = ScriptedSession("s1", snap("reviewing"))
    poller.watch(session, Recorder())
    assert poller.poll_once() == 10.0
    clock.advance(1.0)
    assert poller.poll_once() == 9.0  # not due: no poll
    assert session.calls == 1
    poller.nudge("s1")
    waits = []
    while clock.now < 1001.0 + Pace().quick_for:
        waits.append(poller.poll_once())
        clock.advance(waits[-1])
    assert waits == [0.5] * 20
    assert session.calls == 21
    assert poller.poll_once() == 10.0  # the quick pace is over


def test_nudging_an_unwatched_session_does_nothing(poller: Poller) -> None:
    poller.nudge("nobody")
    assert poller.session_ids == ()
    assert poller.poll_once() == Pace().idle


def test_nudge_restarts_a_finished_chat_and_sees_the_agent_work_again(
    poller: Poller, clock: FakeClock
) -> None:
    session, seen = ScriptedSession("s1", ready()), Recorder()
    poller.watch(session, seen)
    poller.poll_once()  # finished: no longer polled
    clock.advance(300.0)
    session.then(ready(), snap("thinking"))  # the feedback takes a moment to show
    poller.nudge("s1")
    assert poller.poll_once() == 0.5  # still "completed", but polled on while the nudge is fresh
    clock.advance(0.5)
    assert poller.poll_once() == 1.0  # the change has shown up: back to the working pace
    assert session.calls == 3
    assert seen.kinds() == ["Changed", "Finished", "Changed"]
    assert seen.events[-1] == Changed(snap("thinking"))


# -- errors -------------------------------------------------------------------------------------


def test_errors_are_delivered_and_back_off_exponentially_until_a_success(
    poller: Poller, clock: FakeClock
) -> None:
    boom = ConnectionError("offline")
    session, seen = ScriptedSession("s1", *[boom] * 8, snap("thinking"), boom), Recorder()
    poller.watch(session, seen)
    waits = []
    for _ in range(10):
        waits.append(poller.poll_once())
        clock.advance(waits[-1])
    backoff = [0.5 * 1.5**k for k in range(8)]
    assert waits == pytest.approx([*backoff, 1.0, 0.5])  # growing; reset by the success
    assert seen.events[0] == Failed("s1", boom, 0.5)
    assert [e.retry_in for e in seen.events if isinstance(e, Failed)] == pytest.approx([*backoff, 0.5])
    assert seen.events[8] == Changed(snap("thinking"))


def test_error_backoff_has_jitter(clock: FakeClock) -> None:
    session, seen = ScriptedSession("s1", ConnectionError("offline")), Recorder()
    with Poller(clock=clock, autostart=False, random=lambda: 0.5, pace=Pace(jitter=0.2)) as poller:
        poller.watch(session, seen)
        first = poller.poll_once()
        clock.advance(first)
        second = poller.poll_once()
    assert (first, second) == pytest.approx((0.45, 0.675))


@pytest.mark.parametrize(("hint", "wait"), [(30, 30.0), (7.5, 7.5), (0.1, 0.5), (10_000, 120.0), (None, 0.5)])
def test_retry_after_is_a_minimum_wait_with_a_cap(
    poller: Poller, clock: FakeClock, hint: float | None, wait: float
) -> None:
    session, seen = ScriptedSession("s1", RateLimited(hint), snap("thinking")), Recorder()
    poller.watch(session, seen)
    assert poller.poll_once() == wait
    assert isinstance(seen.events[0], Failed)
    assert seen.events[0].retry_in == wait


def test_a_nudge_does_not_break_a_servers_retry_after(poller: Poller, clock: FakeClock) -> None:
    session = ScriptedSession("s1", RateLimited(30), snap("thinking"))
    poller.watch(session, Recorder())
    poller.poll_once()
    clock.advance(5.0)
    poller.nudge("s1")
    assert poller.poll_once() == 25.0
    assert session.calls == 1
    clock.advance(25.0)
    assert poller.poll_once() == 0.5  # polled at last, at the nudge's quick pace
    assert session.calls == 2


def test_a_fatal_error_stops_the_watch_until_a_nudge(poller: Poller, clock: FakeClock) -> None:
    gone = NotFound("no such session")
    session, seen = ScriptedSession("s1", gone, snap("thinking")), Recorder()
    poller.watch(session, seen)
    assert poller.poll_once() == Pace().idle
    clock.advance(3600.0)
    poller.poll_once()
    assert session.calls == 1
    assert seen.events == [Failed("s1", gone, None)]
    poller.nudge("s1")
    poller.poll_once()
    assert session.calls == 2
    assert seen.events[-1] == Changed(snap("thinking"))


# -- many sessions ------------------------------------------------------------------------------


def test_fifty_sessions_are_delivered_in_a_stable_order(clock: FakeClock) -> None:
    # The reads run on the workers, so the order they happen in varies; the deliveries of one
    # poll_once do not. A budget large enough for all fifty at once (the default spreads them).
    order: list[str] = []
    sessions = [ScriptedSession(f"s{i}", snap("thinking", f"s{i}"), log=order) for i in range(50)]
    seen = Recorder()
    with Poller(clock=clock, autostart=False, budget=1000) as poller:
        for session in sessions:
            poller.watch(session, seen)
        assert poller.poll_once() == 1.0
        clock.advance(1.0)
        poller.poll_once()
    ids = [s.session_id for s in sessions]
    assert sorted(order) == sorted(ids + ids)
    assert [e.snapshot.session_id for e in seen.events if isinstance(e, Changed)] == ids


def test_a_closed_poller_refuses_new_watches(poller: Poller) -> None:
    poller.close()
    with pytest.raises(RuntimeError, match="closed"):
        poller.watch(ScriptedSession("s1", snap("thinking")), Recorder())


def test_a_nudged_session_that_stays_finished_stops_again_without_a_second_finished(
    poller: Poller, clock: FakeClock
) -> None:
    session, seen = ScriptedSession("s1", ready()), Recorder()
    poller.watch(session, seen)
    poller.poll_once()
    poller.nudge("s1")
    waits = [poller.poll_once()]
    while waits[-1] != Pace().idle:
        clock.advance(waits[-1])
        waits.append(poller.poll_once())
    assert waits == [0.5] * 20 + [Pace().idle]  # polled through the quick pace, then left alone
    assert seen.kinds() == ["Changed", "Finished"]


def test_a_subscriber_may_cancel_during_delivery(poller: Poller, clock: FakeClock) -> None:
    session, later = ScriptedSession("s1", snap("thinking"), snap("reviewing")), Recorder()
    told: list[Event] = []

    def once(event: Event) -> None:
        told.append(event)
        first.cancel()
        second.cancel()  # cancelled before its turn: it is not told

    first = poller.watch(session, once)
    second = poller.watch(session, later)
    poller.poll_once()
    clock.advance(1.0)
    assert poller.poll_once() == Pace().idle
    assert told == [Changed(snap("thinking"))]
    assert later.events == []
    assert session.calls == 1


def test_the_first_success_after_errors_is_delivered_even_if_nothing_changed(
    poller: Poller, clock: FakeClock
) -> None:
    session = ScriptedSession("s1", snap("reviewing"), RateLimited(1.0), snap("reviewing"), snap("reviewing"))
    seen = Recorder()
    poller.watch(session, seen)
    for _ in range(4):
        clock.advance(poller.poll_once())
    assert seen.kinds() == ["Changed", "Failed", "Changed"]  # recovered, then quiet again


def test_the_quick_pace_after_a_nudge_ends_once_the_change_shows(poller: Poller, clock: FakeClock) -> None:
    session = ScriptedSession("s1", snap("reviewing"), snap("reviewing"), snap("thinking"), snap("thinking"))
    poller.watch(session, Recorder())
    clock.advance(poller.poll_once())
    poller.nudge("s1")
    assert poller.poll_once() == 0.5  # nothing new yet: keep looking quickly
    clock.advance(0.5)
    assert poller.poll_once() == 1.0  # the agent started: its working pace, not 0.5 s for 10 s
