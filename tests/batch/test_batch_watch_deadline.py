"""A render may outlast the poller's deadline: the row is watched on, and a retry stops it first."""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.batch import Batch, State
from heygen_widgets.batch._watching import PATIENCE
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from tests.batch.conftest import rows, sessions_for
from tests.poller.fakes import FakeClock


def test_past_the_pollers_deadline_a_row_is_watched_on_then_a_retry_stops_it_first(
    fake: FakeHeyGen, make_batch: Callable[..., Batch]
) -> None:
    """The kernel's poller gives up after an hour; a render may take longer than that."""
    poll_clock, wall = FakeClock(), [fake.backend.clock.now()]
    with Poller(clock=poll_clock, autostart=False, deadline=60.0) as short:
        batch = make_batch(rows("A slow render #stuck-render"), poller=short, clock=lambda: wall[0])
        batch.start()
        old = batch.entries()[0].session_id
        assert old is not None

        def run(rounds: int) -> None:
            for _ in range(rounds):
                fake.run_until_idle()
                poll_clock.advance(short.poll_once())

        run(40)  # well past the poller's 60 s: the row is watched on
        assert poll_clock() > 3 * 60.0
        assert batch.entries()[0].state is State.RUNNING and short.session_ids == (old,)

        wall[0] += PATIENCE  # hours later, still no outcome: the row gives up
        run(40)
        timed_out = batch.entries()[0]
        assert timed_out.state is State.FAILED and "gave up watching" in (timed_out.error or "")
        assert not fake.backend.sessions[old].stop_requested  # giving up watching stops nothing

        assert batch.retry_failed() == 1

        assert fake.backend.sessions[old].stop_requested  # stopped before the new create
        assert len(sessions_for(fake, "A slow render #stuck-render")) == 2
        assert batch.entries()[0].session_id != old
        batch.close()


def test_retry_of_a_session_that_failed_at_heygen_sends_no_stop(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    batch = make_batch(rows("Fails in HeyGen #fail")).start()
    drive(lambda: batch.finished)
    old = batch.entries()[0].session_id
    assert old is not None and batch.entries()[0].status == "failed"
    batch.retry_failed()
    assert not fake.backend.sessions[old].stop_requested
    assert not [r for r in fake.requests if r.operation == "stopVideoAgentSession"]
