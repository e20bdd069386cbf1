"""The storyboard's scene cards on real sessions: scripts, picks, revision marks, earlier drafts, cost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.scenes import scene_message
from heygen_widgets.session import Connection
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from heygen_widgets.widgets.scene_html import card_text_html
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import open_widgets

PROMPT = "Create an onboarding video. Cover team culture, dev tools, and the first-week checklist."


def open_panel(
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    family: FamilyName,
    prompt: str = PROMPT,
) -> SessionPanel:
    panel = SessionPanel(connection.create(prompt, family=family), poller=poller, runner=Inline())
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    return panel


def say(panel: SessionPanel, fake: FakeHeyGen, poller: Poller, clock: FakeClock, message: str) -> None:
    """Send ``message`` as the user, let the agent answer, and show the answer."""
    panel.session.send(message)
    fake.run_until_idle()
    clock.advance(poller.poll_once())


@pytest.fixture(params=["chat", "sessions"])
def panel(
    request: pytest.FixtureRequest,
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
) -> Iterator[SessionPanel]:
    view = open_panel(fake, connection, poller, clock, request.param)
    yield view
    view.close()


def test_each_card_shows_number_heading_thumbnail_script_and_duration(panel: SessionPanel) -> None:
    cards = panel.storyboard.cards
    assert [c.scene.heading for c in cards] == [
        "Welcome",
        "Team culture",
        "Dev tools",
        "The first-week checklist",
        "Wrap-up",
    ]
    body = cards[2].body.value
    assert "3. Dev tools" in body
    assert "Dev tools: what it means for onboarding video, in a few clear sentences." in body  # the script
    assert "/files/resources/" in body and "hgw-thumb" in body  # loaded by URL in the browser
    assert (
        '<details class="hgw-zoom">' in body and 'class="hgw-large" loading="lazy"' in body
    )  # click to enlarge
    assert cards[2].scene.duration is not None and f"· {round(cards[2].scene.duration)} s" in body
    assert all(c.pick.description == "Select" and c.pick.value is False for c in cards)


def test_scripts_and_headings_from_the_api_are_shown_as_text(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock
) -> None:
    hostile = "A hostile one. Cover <script>alert(1)</script> and <img src=x onerror=alert(2)>"
    panel = open_panel(fake, connection, poller, clock, "chat", hostile)
    shown = panel.storyboard.value
    assert "<script>" not in shown and "<img src=x" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "&lt;img src=x onerror=alert(2)&gt;" in shown
    static = card_text_html(panel.storyboard.cards[1].scene)
    assert "<script>" not in static and "&lt;script&gt;" in static and "<img" not in static
    assert "<script>" not in wire.everything() and "<img src=x" not in wire.everything()
    panel.close()


def test_picked_scenes_are_named_in_the_message_and_only_they_change(
    panel: SessionPanel, fake: FakeHeyGen, poller: Poller, clock: FakeClock
) -> None:
    grid = panel.storyboard
    grid.cards[2].pick.value = True
    grid.cards[0].pick.value = True
    picked = grid.selected()
    assert [s.number for s in picked] == [1, 3]  # in order, not in the order they were picked
    message = scene_message(picked, "make it shorter")
    assert message == "Scene 1, Welcome and Scene 3, Dev tools: make it shorter"
    say(panel, fake, poller, clock, message)
    grid.clear_selection()
    assert grid.selected() == ()
    user = [m.content for m in fake.backend.sessions[panel.session.session_id].messages if m.role == "user"]
    assert user[-1] == message  # the agent is told which scenes
    assert [c.mark for c in grid.cards] == ["changed", None, "changed", None, None]
    assert "2 changed" in grid.note.value and "Earlier drafts (1)" in grid.history.value
    assert grid.cards[2].scene.script == "Dev tools."


def test_a_revision_marks_added_and_removed_scenes_and_keeps_earlier_drafts(
    panel: SessionPanel, fake: FakeHeyGen, poller: Poller, clock: FakeClock
) -> None:
    grid = panel.storyboard
    first = list(grid.cards)
    say(panel, fake, poller, clock, "Add a scene about code review before the checklist")
    assert [c.scene.heading for c in grid.cards][3] == "Code review"
    assert [c.mark for c in grid.cards] == [None, None, None, "added", None, None]
    assert "hgw-scene-added" in grid.cards[3]._dom_classes and "New" in grid.cards[3].body.value
    assert "1 added" in grid.note.value
    assert [c for c in grid.cards if c not in first] == [grid.cards[3]]  # only the new scene is a new card

    grid.cards[1].pick.value = True  # picked, then removed by the next revision
    grid.cards[0].pick.value = True
    removed = grid.cards[1]
    say(panel, fake, poller, clock, "remove scene 2")
    assert [s.heading for s in grid.selected()] == ["Welcome"]  # the vanished scene's pick is dropped
    assert removed.comm is None and removed.pick.comm is None  # its widgets are closed
    assert "Removed: Scene 2, Team culture" in grid.note.value and "1 removed" in grid.note.value
    history = grid.history.value
    assert "Earlier drafts (2)" in history and history.index("Draft 2") < history.index("Draft 1")
    assert "Team culture: what it means for onboarding video" in history  # earlier scripts stay readable
    assert "hgw-card" not in history and "<img" not in history


def test_an_unchanged_storyboard_sends_nothing(
    panel: SessionPanel, wire: Wire, fake: FakeHeyGen, poller: Poller, clock: FakeClock
) -> None:
    assert panel.snapshot is not None
    mark = wire.mark()
    panel.storyboard.render(panel.snapshot)
    say(panel, fake, poller, clock, "Noted, thanks")  # the agent answers, the storyboard stays
    grid_ids = {panel.storyboard.model_id, panel.storyboard.grid.model_id, panel.storyboard.history.model_id}
    grid_ids |= {w.model_id for c in panel.storyboard.cards for w in (c, c.body, c.pick)}
    assert not [m for c, _, m in wire.addressed_since(mark) if c in grid_ids]


def test_a_panel_with_revisions_closes_every_widget(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock
) -> None:
    before = open_widgets()
    panel = open_panel(fake, connection, poller, clock, "chat")
    say(panel, fake, poller, clock, "Add a scene about code review before the checklist")
    say(panel, fake, poller, clock, "remove scene 2")
    panel.close()
    del panel
    assert open_widgets() == before


def test_no_storyboard_yet_says_so_briefly(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock
) -> None:
    panel = SessionPanel(connection.create(PROMPT), poller=poller, runner=Inline())
    clock.advance(poller.poll_once())
    assert panel.storyboard.note.value == '<div class="hgw-empty">No storyboard yet.</div>'
    assert panel.storyboard.cards == [] and panel.storyboard.selected() == ()
    panel.close()
