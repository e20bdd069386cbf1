"""After the video (chat mode): an edit is a labelled revision, and earlier videos stay listed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Message, Phase
from heygen_widgets.widgets import SessionPanel, session_panel
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.controls import APPROVE_TIP, STOP_TIP
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire

PROMPT = "A product demo. Cover the editor, the preview, and sharing."


def tick(poller: Poller, clock: FakeClock, times: int = 1) -> None:
    for _ in range(times):
        clock.advance(poller.poll_once())


def render_to_the_end(fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock) -> None:
    panel.controls.approve.click()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.phase is Phase.RENDERING
    fake.run_until_idle()
    tick(poller, clock, 4)
    assert panel.snapshot.status == "completed" and panel.snapshot.video is not None
    assert panel.snapshot.video.ready


@pytest.fixture
def ticker(fake: FakeHeyGen) -> Ticker:
    return Ticker(clock=fake.backend.clock.now, autostart=False)


def test_an_edit_after_the_video_is_a_labelled_revision_and_both_videos_are_listed(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    panel = session_panel(PROMPT, connection=connection, poller=poller, runner=inline, ticker=ticker)
    fake.run_until_idle()
    tick(poller, clock)
    render_to_the_end(fake, panel, poller, clock)
    assert panel.snapshot is not None
    first = panel.snapshot.video
    assert first is not None
    assert "Your video" in panel.result.value and "Earlier videos" not in panel.result.value
    assert '<a class="hgw-download"' in panel.result.value and " download " in panel.result.value
    assert "Revision" not in panel.header.turn.value
    assert not panel.feedback.button.disabled  # Send stays possible after completion (chat mode)
    assert panel.controls.approve.tooltip == "Nothing to approve after the video is ready"

    panel.feedback.text.value = "Make the sharing scene shorter."
    panel.feedback.button.click()
    tick(poller, clock)
    assert "Revision 1: editing the video" in panel.header.turn.value
    assert (
        "The agent is editing the video" in panel.header.turn.value
        or "reading your message" in panel.header.turn.value
    )
    assert "The video before this revision" in panel.result.value  # still there to download
    assert "<video" not in panel.result.value  # but the storyboard under review gets the room
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.snapshot.status == "reviewing"
    assert (
        "Revision 1: editing the video" in panel.header.turn.value
        and "review the storyboard" in panel.header.turn.value
    )

    render_to_the_end(fake, panel, poller, clock)
    second = panel.snapshot.video
    assert second is not None and second.id != first.id
    assert list(panel.result.videos) == [first.id, second.id]
    assert (
        "Revision 1 of the video" in panel.header.turn.value
        and "Your video is ready" in panel.header.turn.value
    )
    shown = panel.result.value
    assert "Your video (revision 1)" in shown and "Earlier videos" in shown and "The first video" in shown
    assert shown.index(f"/{second.id}") < shown.index("Earlier videos") < shown.rindex(f"/{first.id}")
    panel.close()


def test_the_panel_remembers_videos_without_asking_for_them(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    panel = session_panel(PROMPT, connection=connection, poller=poller, runner=inline, ticker=ticker)
    fake.run_until_idle()
    tick(poller, clock)
    render_to_the_end(fake, panel, poller, clock)
    listings = [r for r in fake.requests if r.path.endswith("/videos") and r.method == "GET"]
    assert listings == []  # the list is what the panel saw, not a listing it asked for
    panel.close()


def test_controls_that_are_off_say_why(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    panel = session_panel(PROMPT, connection=connection, poller=poller, runner=inline, ticker=ticker)
    approve, stop = panel.controls.approve, panel.controls.stop
    tick(poller, clock)
    assert approve.disabled and approve.tooltip == "The agent is still drafting"
    assert not stop.disabled and stop.tooltip == STOP_TIP
    fake.run_until_idle()
    tick(poller, clock)
    assert not approve.disabled and approve.tooltip == APPROVE_TIP
    assert stop.disabled and stop.tooltip == "Nothing to stop: the agent is waiting for you"
    panel.feedback.text.value = "Add a scene about comments."
    panel.feedback.button.click()
    assert panel.snapshot is not None
    said = replace(
        panel.snapshot, messages=(*panel.snapshot.messages, Message("user", "Add a scene about comments."))
    )
    panel.render(said)  # HeyGen still says reviewing, but the user spoke last
    assert approve.disabled and approve.tooltip == "The agent has not answered your last message yet"
    tick(poller, clock)
    assert approve.disabled and approve.tooltip == "The agent is still drafting"
    fake.run_until_idle()
    tick(poller, clock)
    approve.click()
    assert approve.disabled and approve.tooltip == "Already approved: waiting for the render"
    tick(poller, clock)
    assert approve.tooltip == "Already approved: the video is rendering" and stop.tooltip == STOP_TIP
    fake.run_until_idle()
    tick(poller, clock, 4)
    assert approve.tooltip == "Nothing to approve after the video is ready"
    assert stop.disabled and stop.tooltip == "Nothing to stop: the video is ready"
    panel.close()


def test_a_question_and_a_failure_say_why_too(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> None:
    asked = session_panel(
        "A tour #ask. Cover one.", connection=connection, poller=poller, runner=inline, ticker=ticker
    )
    fake.run_until_idle()
    tick(poller, clock)
    assert asked.controls.approve.tooltip == "Answer the agent's question first"
    fake.backend.fail(asked.session.session_id, "it broke")
    tick(poller, clock)
    assert asked.controls.approve.tooltip == "Nothing to approve: the session failed"
    assert asked.controls.stop.tooltip == "Nothing to stop: the session failed"
    asked.close()
