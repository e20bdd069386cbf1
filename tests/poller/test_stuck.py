"""A session that stays working with no change past a threshold is told `Stuck`, once per quiet spell."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heygen_widgets.poller import Changed, Poller, Stuck
from heygen_widgets.snapshot import Message, Video
from tests.poller.fakes import FakeClock, Recorder, ScriptedSession, snap


def run(poller: Poller, clock: FakeClock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(poller.poll_once())


def stuck(recorder: Recorder) -> list[Stuck]:
    return [e for e in recorder.events if isinstance(e, Stuck)]


@pytest.mark.parametrize("status", ["thinking", "processing", "a_status_from_tomorrow"])
def test_a_quiet_working_session_is_stuck_once(clock: FakeClock, status: str) -> None:
    session, told = ScriptedSession("s1", snap(status)), Recorder()
    with Poller(clock=clock, autostart=False, stuck_after=120.0) as poller:
        poller.watch(session, told)
        run(poller, clock, 119.0)
        assert stuck(told) == []
        run(poller, clock, 300.0)
    [event] = stuck(told)
    assert event.snapshot == snap(status) and 120.0 <= event.quiet_for < 122.0
    assert told.kinds() == ["Changed", "Stuck"]


def test_a_change_ends_the_spell_and_a_new_one_is_told_again(clock: FakeClock) -> None:
    session, told = ScriptedSession("s1", snap("thinking")), Recorder()
    with Poller(clock=clock, autostart=False, stuck_after=60.0) as poller:
        poller.watch(session, told)
        run(poller, clock, 90.0)
        later = snap("thinking")
        session.then(replace(later, messages=(Message("model", "Still drafting."),)))
        run(poller, clock, 30.0)  # the new message: the spell is over, nothing more for now
        assert told.kinds() == ["Changed", "Stuck", "Changed"]
        run(poller, clock, 60.0)
    assert told.kinds() == ["Changed", "Stuck", "Changed", "Stuck"]


def test_waiting_for_review_is_never_stuck(clock: FakeClock) -> None:
    session, told = ScriptedSession("s1", snap("reviewing")), Recorder()
    with Poller(clock=clock, autostart=False, stuck_after=60.0) as poller:
        poller.watch(session, told)
        run(poller, clock, 3000.0)
    assert told.kinds() == ["Changed"]


def test_a_render_moving_its_progress_is_not_stuck_but_a_frozen_one_is(clock: FakeClock) -> None:
    video = Video(id="v", status="processing")
    ticks = [snap("generating", progress=p, video=video) for p in range(1, 40)]
    session, told = ScriptedSession("s1", *ticks), Recorder()
    with Poller(clock=clock, autostart=False, stuck_rendering_after=600.0, stuck_after=60.0) as poller:
        poller.watch(session, told)
        run(poller, clock, 800.0)  # progress moves on every read (every 30 s at most)
        assert stuck(told) == []
        run(poller, clock, 900.0)  # the script ran out: progress frozen at 39 %
    [event] = stuck(told)
    assert event.snapshot.progress == 39 and event.quiet_for >= 600.0


def test_a_late_subscriber_is_told_of_the_spell_too(clock: FakeClock) -> None:
    session, first, late = ScriptedSession("s1", snap("thinking")), Recorder(), Recorder()
    with Poller(clock=clock, autostart=False, stuck_after=60.0) as poller:
        poller.watch(session, first)
        run(poller, clock, 100.0)
        poller.watch(session, late)
        run(poller, clock, 5.0)
    assert first.kinds() == ["Changed", "Stuck"]
    assert late.kinds() == ["Changed", "Stuck"]
    assert isinstance(late.events[0], Changed)


def test_thresholds_are_checked() -> None:
    with pytest.raises(ValueError, match="stuck_after"):
        Poller(stuck_after=0)
    poller = Poller(autostart=False)
    assert poller._schedule._stuck.working == 600.0 and poller._schedule._stuck.rendering == 1200.0
    poller.close()
