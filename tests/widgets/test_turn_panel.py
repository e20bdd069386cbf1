"""The header's words on a real session (simulator, real client), the raw status, and Start again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionPanel, session_panel
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import Deferred

PROMPT = "An office tour. Cover the desks, the kitchen, and the garden."


@pytest.fixture
def ticker(fake: FakeHeyGen) -> Ticker:
    """A ticker without a thread, on the simulator's clock: tests tick it by hand."""
    return Ticker(clock=fake.backend.clock.now, autostart=False)


def tick(poller: Poller, clock: FakeClock) -> None:
    clock.advance(poller.poll_once())


@pytest.fixture
def panel(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline, ticker: Ticker
) -> Iterator[SessionPanel]:
    view = session_panel(PROMPT, connection=connection, poller=poller, runner=inline, ticker=ticker)
    yield view
    view.close()


def test_the_header_says_whose_turn_through_a_whole_session(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    tick(poller, clock)
    assert "The agent is drafting the storyboard" in panel.header.turn.value
    assert "thinking" in panel.header.status.value  # HeyGen's own word stays visible, small
    assert "hgw-turn-agent" in panel.header.turn.value
    fake.run_until_idle()
    tick(poller, clock)
    assert "Your turn: review the storyboard, then send feedback or approve" in panel.header.turn.value
    assert "reviewing" in panel.header.status.value and "hgw-turn-user" in panel.header.turn.value
    panel.controls.approve.click()
    assert "Approved: waiting for HeyGen to start the render" in panel.header.turn.value
    tick(poller, clock)
    assert "Rendering your video" in panel.header.turn.value and "elapsed" in panel.header.elapsed.value
    fake.run_until_idle()
    for _ in range(4):
        tick(poller, clock)
    assert "Your video is ready" in panel.header.turn.value
    assert "send a message to ask for an edit" in panel.header.turn.value
    assert (
        "started " in panel.header.ident.value and "UTC" in panel.header.ident.value
    )  # a time with its zone


def test_stop_mid_draft_says_stopped_not_review(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    tick(poller, clock)
    panel.controls.stop.click()
    fake.step(panel.session.session_id)  # the title stage ends: the stop is honoured there, 0 scenes kept
    tick(poller, clock)
    assert (
        panel.snapshot is not None and panel.snapshot.status == "reviewing" and not panel.snapshot.storyboard
    )
    assert "Stopped: send a message to continue" in panel.header.turn.value
    assert "review the storyboard" not in panel.header.turn.value


def test_a_question_is_the_users_turn(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    panel = session_panel(
        "A tour #ask. Cover one and two.", connection=connection, poller=poller, runner=inline, ticker=ticker
    )
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "waiting_for_input"
    assert "The agent has a question: answer it below" in panel.header.turn.value
    panel.close()


def test_a_failure_shows_heygens_reason_under_the_header_with_start_again(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    fake.run_until_idle()
    tick(poller, clock)
    old = panel.session.session_id
    fake.backend.fail(old, "the avatar could not be loaded")
    tick(poller, clock)
    assert "could not finish this video: the avatar could not be loaded" in panel.header.turn.value
    assert "could not finish this video: the avatar could not be loaded" in panel.result.value
    assert "Start again" in panel.result.value and panel.result.layout.display == "block"
    assert panel.result.again.layout.display != "none" and not panel.result.again.disabled
    assert (
        panel.children.index(panel.result) == panel.children.index(panel.header) + 1
    )  # where the user looks
    panel.result.again.click()
    new = panel.session.session_id
    assert new != old and fake.backend.sessions[new].prompt == PROMPT
    assert fake.backend.sessions[new].mode == "chat"  # back to review, not straight to video
    assert panel.result.layout.display == "none"
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.session_id == new
    assert "The agent is drafting the storyboard" in panel.header.turn.value


def test_a_failed_panel_that_cannot_start_again_says_how_to_go_on(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    panel = SessionPanel(connection.create("A tour #fail."), poller=poller, runner=inline, ticker=ticker)
    fake.run_until_idle()
    tick(poller, clock)
    panel._restart._connection = None  # a panel opened on a bare session cannot create one
    panel.render(panel.session.refresh())
    assert "Create a new session to try again" in panel.result.value
    assert panel.result.again.layout.display == "none"
    panel.close()


def test_an_unknown_status_is_named_and_the_panel_keeps_reading(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    from dataclasses import replace  # noqa: PLC0415

    tick(poller, clock)
    assert panel.snapshot is not None
    panel.render(replace(panel.snapshot, status="queued"))
    assert (
        "HeyGen says queued; this version does not know it — the panel keeps reading"
        in panel.header.turn.value
    )
    assert "queued" in panel.header.status.value
    assert panel.session.session_id in poller.session_ids


def test_start_again_waits_while_it_runs_and_starts_one_session(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, ticker: Ticker
) -> None:
    runner = Deferred()
    panel = session_panel("A tour #fail.", connection=connection, poller=poller, runner=runner, ticker=ticker)
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "failed"
    before = len(fake.backend.sessions)
    panel.result.again.click()
    assert panel.result.again.disabled  # while the new session is made
    panel.result.again.click()  # ignored
    assert runner.run() == 1
    assert len(fake.backend.sessions) == before + 1 and not panel.result.again.disabled
    panel.close()
