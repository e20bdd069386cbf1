"""Approve and Stop show in the log as what the user did, and a working line while the agent thinks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Session
from heygen_widgets.session.session import Action
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import APPROVAL, Message, Snapshot
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.message_log import THINKING, MessageLog, entries
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire


@pytest.fixture
def panel(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> Iterator[SessionPanel]:
    view = SessionPanel(connection.create("Actions in the log. Cover a and b."), poller=poller, runner=inline)
    view.session.wall_clock = fake.backend.clock.now  # one clock for HeyGen's times and the user's
    yield view
    view.close()


def log_text(log: MessageLog) -> list[str]:
    """What the log shows, oldest first (its children are newest first)."""
    return [child.value for child in reversed(log.children)]


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_approve_shows_as_an_action_not_as_typed_text(
    wire: Wire, fake: FakeHeyGen, connection: Connection, inline: Inline, family: FamilyName
) -> None:
    session = connection.create("Approved in the log. Cover a and b.", family=family)
    fake.run_until_idle()
    session.refresh()
    session.approve()
    log = MessageLog()
    log.render(session.refresh(), actions=session.actions)
    shown = log_text(log)
    approvals = [html for html in shown if "You approved the storyboard" in html]
    assert len(approvals) == 1 and "✓" in approvals[0] and "hgw-action" in approvals[0]
    assert not any(APPROVAL in html for html in shown)  # not shown as a message the user typed
    assert "hgw-when" in approvals[0]  # at its time


def test_a_stop_shows_at_its_time_among_the_messages(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    clock.advance(poller.poll_once())  # the agent drafts
    fake.step(panel.session.session_id)
    fake.backend.clock.advance(30)  # type: ignore[attr-defined]
    panel.session.stop()
    fake.backend.clock.advance(2)  # type: ignore[attr-defined]
    fake.run_until_idle()
    snapshot = panel.session.refresh()
    panel.message_log.render(snapshot, actions=panel.session.actions)
    shown = log_text(panel.message_log)
    stop = next(i for i, html in enumerate(shown) if "You stopped the agent" in html)
    answer = next(i for i, html in enumerate(shown) if "Stopped at your request" in html)
    assert "■" in shown[stop] and "hgw-when" in shown[stop]
    assert 0 < stop < answer  # after the prompt, before the agent's answer to it


def test_stops_follow_the_messages_known_then_and_approvals_their_message() -> None:
    """By what the log held when the user acted: HeyGen's clock and this machine's may disagree."""
    messages = (
        Message("user", "prompt", created_at=100),
        Message("model", "drafting", created_at=110),
        Message("model", "Stopped at your request.", created_at=120),
        Message("user", APPROVAL, created_at=130),
    )
    stop, approve = Action("stop", 9_999.0, after=2), Action("approve", 5.0, after=3)  # clocks apart
    assert entries(messages, [approve, stop]) == [messages[0], messages[1], stop, messages[2], messages[3]]
    late = Action("stop", 200.0, after=4)
    assert entries(messages, [late]) == [*messages, late]  # not answered yet: it ends the log


def test_a_stop_after_the_newest_message_adds_one_item(wire: Wire) -> None:
    log = MessageLog()
    first = Snapshot("s1", "chat", "thinking", messages=(Message("user", "prompt", created_at=100),))
    log.render(first)
    kept = log.children[0]
    log.render(first, actions=[Action("stop", 150.0, after=1)])
    assert len(log.children) == 2 and log.children[1] is kept  # appended, the message not sent again
    assert "You stopped the agent" in log.children[0].value


def test_the_working_line_follows_the_agent(
    wire: Wire, fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    clock.advance(poller.poll_once())
    assert panel.snapshot is not None and panel.snapshot.status == "thinking"
    assert THINKING in panel.message_log._dom_classes
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    assert panel.snapshot is not None and panel.snapshot.status == "reviewing"
    assert THINKING not in panel.message_log._dom_classes  # the user's turn
    panel.feedback.text.value = "add a scene about code review"
    panel.feedback.button.click()
    clock.advance(poller.poll_once())
    assert THINKING in panel.message_log._dom_classes


def test_the_agent_thinks_while_the_user_spoke_last(wire: Wire) -> None:
    log = MessageLog()
    said = (
        Message("model", "Here is the draft.", created_at=100),
        Message("user", "shorter", created_at=110),
    )
    log.render(Snapshot("s1", "chat", "reviewing", messages=said))  # the status still says reviewing
    assert THINKING in log._dom_classes
    log.render(Snapshot("s1", "chat", "reviewing", messages=said[:1]))
    assert THINKING not in log._dom_classes


def test_an_unchanged_poll_sends_nothing_for_the_working_line(wire: Wire) -> None:
    log = MessageLog()
    thinking = Snapshot("s1", "chat", "thinking", messages=(Message("user", "prompt", created_at=100),))
    log.render(thinking)
    mark = wire.mark()
    log.render(Snapshot("s1", "chat", "thinking", progress=5, messages=thinking.messages))
    assert wire.since(mark) == []
    log.render(Snapshot("s1", "chat", "generating", messages=thinking.messages))
    assert len(wire.since(mark)) == 1  # one class change


def test_the_session_records_what_the_log_shows(fake: FakeHeyGen, connection: Connection) -> None:
    session: Session = connection.create("Stop me. Cover a and b.")
    session.stop()
    assert [a.kind for a in session.actions] == ["stop"]
