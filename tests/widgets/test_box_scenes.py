"""Feedback about picked scenes names them, in both families; nothing typed is lost or sent twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.scenes import Scene, scene_message, scenes
from heygen_widgets.session import Connection, Data, Session
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import Resource, Snapshot
from heygen_widgets.widgets.feedback import DELIVERED, NOT_IN_LOG, FeedbackBox
from heygen_widgets.widgets.runtime import Inline
from tests.widgets.conftest import Wire

SEND = {"chat": "sendVideoAgentMessage", "sessions": "sendInteractiveSessionMessage"}


@dataclass
class Picks:
    """Stands in for the storyboard's picks (what `StoryboardGrid.selected` gives)."""

    scenes: tuple[Scene, ...] = ()
    cleared: int = 0

    def __call__(self) -> tuple[Scene, ...]:
        return self.scenes

    def clear(self) -> None:
        self.cleared += 1
        self.scenes = ()


def under_review(fake: FakeHeyGen, connection: Connection, family: FamilyName) -> Session:
    session = connection.create("A team intro. Cover culture, tools, and hiring.", family=family)
    fake.run_until_idle()
    session.refresh()
    return session


def box_for(session: Session, picks: Picks) -> FeedbackBox:
    """The box wired as the panel wires it: sends through the session, reads it, Inline worker."""

    def send(message: str, files: Sequence[Data]) -> None:
        session.send(message, files=list(files) or None, patient=False)

    def read(fresh: bool) -> Snapshot | None:
        return session.refresh() if fresh else session.last

    box = FeedbackBox(send, read, Inline(), selection=picks, on_sent=picks.clear)
    box.button.on_click(lambda _button: box.submit())
    assert session.last is not None
    box.render(session.last)
    return box


def sent(fake: FakeHeyGen, session: Session) -> list[str]:
    with fake.backend.lock:
        return [m.content for m in fake.backend.sessions[session.session_id].messages if m.role == "user"]


def replies(fake: FakeHeyGen, session: Session) -> list[str]:
    with fake.backend.lock:
        return [m.content for m in fake.backend.sessions[session.session_id].messages if m.role == "model"]


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_feedback_about_picked_scenes_names_them(
    wire: Wire, fake: FakeHeyGen, connection: Connection, family: FamilyName
) -> None:
    session = under_review(fake, connection, family)
    assert session.last is not None
    drafted = scenes(session.last)
    picks = Picks((drafted[2],))
    box = box_for(session, picks)
    assert "About:" in box.about.value and f"Scene 3, {drafted[2].heading}" in box.about.value
    box.text.value = "make the wording friendlier"
    box.button.click()
    expected = f"Scene 3, {drafted[2].heading}: make the wording friendlier"
    assert sent(fake, session)[-1] == expected
    fake.run_until_idle()
    assert f'You asked: "{expected}"' in replies(fake, session)[-1]  # what reached the agent
    assert box.text.value == ""  # sent: the box is cleared
    assert picks.cleared == 1 and box.about.value == ""  # the picks go once the message arrived


def test_a_lost_answer_is_settled_with_the_scene_names(
    wire: Wire, fake: FakeHeyGen, connection: Connection
) -> None:
    session = under_review(fake, connection, "chat")
    assert session.last is not None
    picks = Picks(scenes(session.last)[:2])
    box = box_for(session, picks)
    expected = scene_message(picks.scenes, "shorter, please")
    fake.inject("drop_after", SEND["chat"])  # applied, then the answer is cut
    box.text.value = "shorter, please"
    box.button.click()
    assert sent(fake, session).count(expected) == 1
    assert DELIVERED in box.error.value and box.text.value == ""
    assert picks.cleared == 1  # settled through the log counts as sent
    box.button.click()  # nothing left to send
    assert sent(fake, session).count(expected) == 1


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_an_uncertain_send_looks_in_the_log_before_sending_again(
    wire: Wire, fake: FakeHeyGen, connection: Connection, family: FamilyName
) -> None:
    session = under_review(fake, connection, family)
    assert session.last is not None
    picks = Picks(scenes(session.last)[:1])
    box = box_for(session, picks)
    expected = scene_message(picks.scenes, "more energy")
    fake.inject("error", SEND[family], status=503)  # a 503 on a send: maybe applied, maybe not
    box.text.value = "more energy"
    box.button.click()
    assert box.text.value == "more energy"  # the user's own words, never the scene names
    assert NOT_IN_LOG in box.error.value and picks.cleared == 0
    box.button.click()  # looked for once more, then sent
    assert sent(fake, session).count(expected) == 1
    assert box.text.value == "" and picks.cleared == 1


def test_a_refused_send_keeps_the_text_as_typed(wire: Wire, fake: FakeHeyGen, connection: Connection) -> None:
    session = under_review(fake, connection, "chat")
    assert session.last is not None
    picks = Picks(scenes(session.last)[:1])
    box = box_for(session, picks)
    fake.inject("rate_limit", SEND["chat"], retry_after=5)  # a 429: certainly not applied
    box.text.value = "more energy"
    box.button.click()
    assert "Not sent:" in box.error.value
    assert box.text.value == "more energy" and picks.cleared == 0
    assert "About:" in box.about.value  # still about the same scenes


def test_show_selection_names_the_scenes_escaped(
    wire: Wire, fake: FakeHeyGen, connection: Connection
) -> None:
    session = under_review(fake, connection, "chat")
    box = box_for(session, Picks())
    assert box.about.value == ""
    odd = Scene(4, Resource("r4", "image"), '<img src=x onerror="alert(1)">')
    box.show_selection([odd])
    assert "Scene 4, &lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in box.about.value
    assert "<img" not in box.about.value
    box.show_selection([])
    assert box.about.value == ""
