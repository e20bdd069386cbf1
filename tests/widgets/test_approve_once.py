"""An approved storyboard is not offered for approval again before HeyGen moves: no second render."""

from __future__ import annotations

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import APPROVAL
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.controls import APPROVED_TIP
from heygen_widgets.widgets.runtime import Inline
from tests.widgets.conftest import Wire


def test_after_approving_the_button_stays_off_until_the_agent_answers(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller
) -> None:
    session = connection.create("An approval test. Cover one and two.")
    fake.run_until_idle()
    session.refresh()
    panel = SessionPanel(session, poller=poller, runner=Inline())
    assert not panel.controls.approve.disabled
    panel.controls.approve.click()
    # Nothing has been read since: the panel still shows "reviewing", but Approve is off.
    assert panel.controls.approve.disabled and panel.controls.approve.tooltip == APPROVED_TIP
    panel.controls.approve.click()
    panel.render(session.refresh())  # the approval is now the last word in the log
    assert panel.controls.approve.disabled
    with fake.backend.lock:
        messages = fake.backend.sessions[session.session_id].messages
        assert sum(m.content == APPROVAL for m in messages) == 1
    panel.close()
