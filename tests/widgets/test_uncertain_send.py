"""A send whose answer is lost after HeyGen applied it: the log settles it, nothing is sent twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire

FEEDBACK = "add a scene about code review"


@pytest.fixture
def panel(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> Iterator[SessionPanel]:
    view = SessionPanel(connection.create("An uncertain send. Cover a and b."), poller=poller, runner=inline)
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    assert not view.feedback.button.disabled
    yield view
    view.close()


def times_sent(fake: FakeHeyGen, panel: SessionPanel) -> int:
    messages = fake.backend.sessions[panel.session.session_id].messages
    return sum(1 for m in messages if m.role == "user" and m.content == FEEDBACK)


def test_a_send_applied_but_unanswered_counts_as_sent(fake: FakeHeyGen, panel: SessionPanel) -> None:
    fake.inject("drop_after", "sendVideoAgentMessage")  # applied, then the answer is cut
    panel.feedback.text.value = FEEDBACK
    panel.feedback.button.click()
    assert times_sent(fake, panel) == 1
    assert panel.feedback.text.value == ""  # it was delivered: the box is cleared
    shown = panel.feedback.error.value
    assert "did not confirm" in shown and "it was delivered" in shown and "Not sent" not in shown
    assert panel.snapshot is not None and panel.snapshot.messages[-1].content == FEEDBACK  # read, and shown
    panel.feedback.button.click()  # nothing left to send
    assert times_sent(fake, panel) == 1


def test_when_the_log_cannot_be_read_the_next_send_looks_first(
    fake: FakeHeyGen, panel: SessionPanel, connection: Connection
) -> None:
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("drop_after", "sendVideoAgentMessage")
    fake.inject("error", "getVideoAgentSession", status=503)  # and the check that follows fails too
    panel.feedback.text.value = FEEDBACK
    panel.feedback.button.click()
    assert times_sent(fake, panel) == 1
    assert panel.feedback.text.value == FEEDBACK  # unknown yet: nothing typed is lost
    shown = panel.feedback.error.value
    assert "could not be read to check" in shown and "Not sent" not in shown
    assert not panel.feedback.button.disabled
    panel.feedback.button.click()  # looks in the log first: it is there, so it is not sent again
    assert times_sent(fake, panel) == 1
    assert panel.feedback.text.value == "" and "it was delivered" in panel.feedback.error.value
