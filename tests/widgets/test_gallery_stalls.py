"""The gallery never stalls: HeyGen's full job limit is tried again later, failures are outcomes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from heygen_widgets.batch import Batch
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock, Timers
from tests.widgets.conftest import Wire


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
    wire: Wire, one_job: FakeHeyGen, poller: Poller, clock: FakeClock, inline: Inline, tmp_path: Path
) -> None:
    timers = Timers()
    with connect(one_job) as conn, connect(one_job) as other:
        outside = other.create("Someone else's video, made with another tool")  # holds the one job
        gallery = SessionGallery(
            ["a", "b"],
            connection=conn,
            poller=poller,
            runner=inline,
            schedule=timers,
            ledger=tmp_path / "g.sqlite",
        )
        assert len(one_job.backend.sessions) == 1  # HeyGen said 429
        assert [t.delay for t in timers.pending] == [5.0]  # the simulator's Retry-After
        assert "HeyGen&#x27;s job limit is full (429); trying again in 5 s" in gallery.cards[0].value
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
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("error", "createVideoAgentV3", status=500)  # the first create may or may not have worked
    prompts = ["First clip", "   ", "Third clip", "Fourth clip #fail"]
    batch = Batch(  # the simulator's clock, so the account's sessions can settle the uncertain create
        prompts,
        connection=connection,
        poller=poller,
        ledger=tmp_path / "g.sqlite",
        concurrency=2,
        runner=inline,
        clock=fake.backend.clock.now,
        listing_lag=0.0,
    )
    gallery = SessionGallery(batch=batch, runner=inline)
    assert not fake.backend.sessions  # a batch given to the gallery is only shown: its owner starts it
    batch.start()
    run(gallery, fake, poller, clock)
    rows = gallery.wait(timeout=0)
    assert [r["status"] for r in rows] == ["completed", "not started", "completed", "failed"]
    assert [r["state"] for r in rows] == ["finished", "left out", "finished", "failed"]
    assert "prompt is empty" in rows[1]["note"] and rows[1]["note"].startswith("not started: Row 2")
    assert "hgw-gcard-failed" in gallery.cards[1].value and "hgw-gcard-failed" in gallery.cards[3].value
    creates = [r for r in fake.requests if r.operation == "createVideoAgentV3"]
    assert len(creates) == 4  # the 500, then one create per good prompt: the first only once it was settled
    assert sorted(s.prompt for s in fake.backend.sessions.values()) == sorted(
        ["First clip", "Third clip", "Fourth clip #fail"]
    )  # the 500 came before HeyGen created anything, so the first prompt has one session
    gallery.close()
    assert batch.entries()[0].creates == 2  # the gallery left the batch it was given open
    batch.close()


def test_an_option_no_row_can_take_is_refused_before_anything_is_sent(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline, tmp_path: Path
) -> None:
    with pytest.raises(TypeError, match="unknown option 'colour'; it takes mode, family and avatar_id"):
        SessionGallery(["a", "b"], connection=connection, poller=poller, runner=inline, colour="red")
    gallery = SessionGallery(
        ["a", "b"],
        connection=connection,
        poller=poller,
        runner=inline,
        orientation="sideways",
        ledger=tmp_path / "g.sqlite",
    )
    rows = gallery.wait(timeout=0)  # every row was left out, with the reason: an outcome each
    assert [r["status"] for r in rows] == ["not started", "not started"]
    assert "orientation" in rows[0]["note"] and "landscape, portrait" in rows[0]["note"]
    assert not fake.backend.sessions
    gallery.close()
    fine = SessionGallery(
        ["c"],
        connection=connection,
        poller=poller,
        runner=inline,
        orientation="portrait",
        family="sessions",
        ledger=tmp_path / "fine.sqlite",
    )
    (created,) = fake.backend.sessions.values()  # the options apply to every row of the list
    assert created.family == "sessions" and created.options["orientation"] == "portrait"
    fine.close()


def test_closing_calls_off_the_pending_try(
    wire: Wire, one_job: FakeHeyGen, poller: Poller, inline: Inline, tmp_path: Path
) -> None:
    timers = Timers()
    with connect(one_job) as conn, connect(one_job) as other:
        other.create("Holds the only job")
        gallery = SessionGallery(
            ["a"],
            connection=conn,
            poller=poller,
            runner=inline,
            schedule=timers,
            ledger=tmp_path / "g.sqlite",
        )
        (pending,) = timers.pending
        gallery.close()
        assert pending.cancelled
        pending.fn()  # a timer that fires anyway starts nothing
        assert len(one_job.backend.sessions) == 1
        assert gallery.wait(timeout=0)[0]["status"] == "queued"
