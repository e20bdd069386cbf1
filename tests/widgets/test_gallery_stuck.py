"""A stuck prompt is an outcome in the gallery, and a poll that comes back after errors keeps it so."""

from __future__ import annotations

from pathlib import Path

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire


def advance(fake: FakeHeyGen, poller: Poller, clock: FakeClock, rounds: int) -> None:
    for _ in range(rounds):
        fake.run_until_idle()
        clock.advance(poller.poll_once())


def test_a_stuck_prompt_stays_an_outcome_when_a_poll_recovers_from_errors(
    wire: Wire, fake: FakeHeyGen, connection: Connection, tmp_path: Path
) -> None:
    clock = FakeClock()
    with Poller(clock=clock, autostart=False, stuck_after=60, budget=1000) as poller:
        gallery = SessionGallery(
            ["A #stuck teaser"],
            connection=connection,
            poller=poller,
            runner=Inline(),
            ledger=tmp_path / "g.sqlite",
        )
        advance(fake, poller, clock, 120)
        assert gallery.finished and gallery.results()[0]["note"].startswith("stuck")
        fake.inject("error", "getVideoAgentSession", status=500, times=1)
        advance(fake, poller, clock, 6)  # fails once, then reads the same state again
        assert gallery.finished, "a re-sent, unchanged state must not undo the stuck outcome"
        assert gallery.results()[0]["note"].startswith("stuck")
        assert gallery.wait(timeout=0)[0]["state"] == "running"  # still watched: it may move again
        assert "1 stuck" in gallery.progress.value
        gallery.close()
