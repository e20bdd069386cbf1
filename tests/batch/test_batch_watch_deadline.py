"""A row whose watch gave up may still be rendering at HeyGen: a retry stops it before a new one."""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.batch import Batch, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from tests.batch.conftest import rows, sessions_for
from tests.poller.fakes import FakeClock


def test_retry_after_the_watch_deadline_stops_the_old_session_first(
    fake: FakeHeyGen, connection: Connection, make_batch: Callable[..., Batch]
) -> None:
    clock = FakeClock()
    with Poller(clock=clock, autostart=False, deadline=60.0) as short:
        batch = make_batch(rows("A slow render #stuck-render"), poller=short).start()
        old = batch.entries()[0].session_id
        assert old is not None
        for _ in range(40):  # the render never ends; the poller gives up after 60 s
            if batch.entries()[0].state is not State.RUNNING:
                break
            fake.run_until_idle()
            clock.advance(short.poll_once())
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
