"""The gallery never stalls: HeyGen's full job limit is tried again later, failures are outcomes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets._schedule import retry_delay
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import Timers


@pytest.fixture
def one_job() -> Iterator[FakeHeyGen]:
    """A simulator that runs one job at a time, as an account with a tight limit."""
    with FakeHeyGen(concurrent_jobs=1) as strict:
        yield strict


def connect(fake: FakeHeyGen) -> Connection:
    return Connection(Transport(fake.url, "k", sleep=no_sleep))


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"the gallery's create slept {seconds} s on a worker; it must schedule instead")


def run(gallery: SessionGallery, fake: FakeHeyGen, poller: Poller, clock: FakeClock) -> None:
    for _ in range(60):
        fake.run_until_idle()
        clock.advance(poller.poll_once())
        if gallery.finished:
            return


def test_a_job_from_outside_the_gallery_delays_it_but_never_stalls_it(
    wire: Wire, one_job: FakeHeyGen, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    timers = Timers()
    with connect(one_job) as conn, connect(one_job) as other:
        outside = other.create("Someone else's video, made with another tool")  # holds the one job
        gallery = SessionGallery(["a", "b"], connection=conn, poller=poller, runner=inline, schedule=timers)
        assert len(one_job.backend.sessions) == 1  # HeyGen said 429
        assert [t.delay for t in timers.pending] == [5.0]  # the simulator's Retry-After
        assert "HeyGen is at its limit (429); trying again in 5 s" in gallery.cards[0].value
        timers.fire()  # still full: the next try backs off
        assert [t.delay for t in timers.pending] == [10.0]
        one_job.run_until_idle(outside.session_id)  # the outside job waits for its user: a slot frees
        timers.fire()
        assert len(one_job.backend.sessions) == 2
        run(gallery, one_job, poller, clock)
        for timer in timers.pending:  # the second prompt met the limit while the first rendered
            timer.fn()
            run(gallery, one_job, poller, clock)
        rows = gallery.wait(timeout=0)
        assert [r["status"] for r in rows] == ["completed", "completed"]
        gallery.close()


def test_an_error_on_one_prompt_marks_its_card_and_the_rest_go_on(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("error", "createVideoAgentV3", status=500)  # the first create may or may not have worked
    prompts = ["First clip", "   ", "Third clip", "Fourth clip #fail"]
    gallery = SessionGallery(prompts, connection=connection, poller=poller, runner=inline, max_concurrent=2)
    run(gallery, fake, poller, clock)
    rows = gallery.wait(timeout=0)
    assert [r["status"] for r in rows] == ["not started", "not started", "completed", "failed"]
    assert "may or may not have been applied" in rows[0]["note"]  # never created a second time
    assert "prompt" in rows[1]["note"].lower()
    assert "hgw-gcard-failed" in gallery.cards[0].value and "not started:" in gallery.cards[1].value
    assert len(fake.backend.sessions) == 2  # the 500 came before HeyGen created anything
    gallery.close()


def test_an_unexpected_error_on_create_is_an_outcome_too(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    gallery = SessionGallery(["a", "b"], connection=connection, poller=poller, runner=inline, colour="red")
    rows = gallery.wait(timeout=0)  # Connection.create() refused the unknown option, for each prompt
    assert [r["status"] for r in rows] == ["not started", "not started"]
    assert "an unexpected TypeError" in rows[0]["note"]
    gallery.close()


def test_closing_calls_off_the_pending_try(
    wire: Wire, one_job: FakeHeyGen, poller: Poller, inline: Inline
) -> None:
    timers = Timers()
    with connect(one_job) as conn, connect(one_job) as other:
        other.create("Holds the only job")
        gallery = SessionGallery(["a"], connection=conn, poller=poller, runner=inline, schedule=timers)
        (pending,) = timers.pending
        gallery.close()
        assert pending.cancelled
        pending.fn()  # a timer that fires anyway starts nothing
        assert len(one_job.backend.sessions) == 1
        assert gallery.wait(timeout=0)[0]["status"] == "queued"


def test_the_delay_doubles_and_honours_retry_after() -> None:
    assert [retry_delay(n, None) for n in range(6)] == [5.0, 10.0, 20.0, 40.0, 60.0, 60.0]
    assert retry_delay(0, 30.0) == 30.0 and retry_delay(3, 30.0) == 40.0
    assert retry_delay(0, 86_400.0) == 300.0  # a silly Retry-After is clamped
