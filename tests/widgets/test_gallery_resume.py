"""The gallery resumes from its ledger: a second gallery on the same rows creates nothing twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from heygen_widgets.batch import Batch, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import run_gallery as run

PROMPTS = ["A welcome for new customers", "A teaser for the dashboard", "A safety briefing #fail"]


def creates(fake: FakeHeyGen) -> int:
    """Creates that reached the simulator: each one a paid session."""
    return sum(r.operation == "createVideoAgentV3" for r in fake.requests)


def test_a_second_gallery_on_the_same_ledger_shows_the_finished_rows_and_creates_nothing(
    fake: FakeHeyGen, poller: Poller, clock: FakeClock, gallery_on: Callable[..., SessionGallery]
) -> None:
    first = gallery_on(PROMPTS)
    run(first, fake, poller, clock)
    before = first.results()
    first.close()  # as a kernel restart would: the ledger keeps every row
    assert creates(fake) == 3
    again = gallery_on(PROMPTS)
    assert creates(fake) == 3  # nothing created twice, nothing created for the failed row either
    assert again.finished and again.wait(timeout=0) == before
    assert [r["state"] for r in again.results()] == ["finished", "finished", "failed"]
    assert "video</a>" in again.cards[0].value and "completed" in again.cards[1].value
    assert "hgw-gcard-failed" in again.cards[2].value and "the prompt asked to fail" in again.cards[2].value
    assert "2 of 3 finished · 0 running · 0 queued · 1 failed" in again.progress.value
    assert "Nothing left to create: every row ran before" in again.cost.value
    assert again.controls.cancel.disabled and not again.controls.retry.disabled
    again.close()


def test_rows_that_ran_when_the_first_gallery_closed_are_attached_again_not_created(
    fake: FakeHeyGen, poller: Poller, clock: FakeClock, gallery_on: Callable[..., SessionGallery]
) -> None:
    first = gallery_on([*PROMPTS[:2], "A third clip"], max_concurrent=2)
    clock.advance(poller.poll_once())
    assert [r["state"] for r in first.results()] == ["running", "running", "queued"]
    first.close()  # the two sessions go on at HeyGen
    assert creates(fake) == 2 and not poller.session_ids
    again = gallery_on([*PROMPTS[:2], "A third clip"], max_concurrent=2)
    assert creates(fake) == 2  # the running rows were attached again; no slot for the third yet
    assert len(poller.session_ids) == 2
    clock.advance(poller.poll_once())
    assert all("hgw-gcard-progress" in card.value for card in again.cards[:2])  # it follows them too
    run(again, fake, poller, clock)
    assert [r["status"] for r in again.results()] == ["completed"] * 3
    assert creates(fake) == 3 and len(fake.backend.sessions) == 3
    again.close()


def test_the_overall_progress_counts_every_row(
    fake: FakeHeyGen, poller: Poller, clock: FakeClock, gallery_on: Callable[..., SessionGallery]
) -> None:
    gallery = gallery_on([*PROMPTS, "  "], max_concurrent=2)
    assert (
        "0 of 4 finished · 2 running · 1 queued · 0 failed · 1 left out (bad input)" in gallery.progress.value
    )
    assert 'aria-valuemax="4"' in gallery.progress.value and "hgw-gbar-running" in gallery.progress.value
    assert repr(gallery) == "SessionGallery(4 prompts, 2 running, 0 finished)"
    run(gallery, fake, poller, clock)
    shown = gallery.progress.value
    assert "2 of 4 finished · 0 running · 0 queued · 1 failed · 1 left out (bad input)" in shown
    assert 'style="width:50.00%"' in shown and "hgw-gbar-failed" in shown  # finished: half the bar
    assert gallery.finished and "2 of 4 finished" in gallery._saved_bundle()["text/html"]
    gallery.close()


def test_a_gallery_given_a_batch_shows_it_and_leaves_it_to_its_owner(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    batch = Batch(
        PROMPTS[:2], connection=connection, poller=poller, ledger=tmp_path / "b.sqlite", runner=inline
    )
    gallery = SessionGallery(batch=batch, runner=inline)
    assert creates(fake) == 0 and "2 videos, about $12.00" in gallery.cost.value
    batch.start()
    assert creates(fake) == 2 and "0 of 2 finished · 2 running" in gallery.progress.value
    run(gallery, fake, poller, clock)
    assert [r["status"] for r in gallery.results()] == ["completed", "completed"]
    gallery.close()
    assert [e.state for e in batch.run(timeout=0)] == [State.FINISHED] * 2  # still open: its owner closes it
    batch.close()
