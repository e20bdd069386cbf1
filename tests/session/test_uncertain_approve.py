"""An approval whose answer was lost is settled by reading the session, never by approving twice."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from heygen_widgets.errors import InvalidParameterError, UncertainOutcomeError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Session
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import APPROVAL, Message, Phase, Resource, Snapshot


def _under_review(fake: FakeHeyGen, connection: Connection, family: FamilyName) -> Session:
    session = connection.create("A tour of the office", family=family)
    fake.run_until_idle()
    session.refresh()
    return session


def _approvals(fake: FakeHeyGen, session_id: str) -> int:
    with fake.backend.lock:
        messages = fake.backend.sessions[session_id].messages
        return sum(1 for m in messages if m.role == "user" and m.content == APPROVAL)


@pytest.mark.parametrize(
    ("family", "operation"),
    [("chat", "sendVideoAgentMessage"), ("sessions", "sendInteractiveSessionMessage")],
)
def test_an_approval_applied_but_unanswered_counts_as_approved(
    fake: FakeHeyGen, connection: Connection, family: FamilyName, operation: str
) -> None:
    session = _under_review(fake, connection, family)
    fake.inject("drop_after", operation)
    session.approve()  # the answer was cut, but the log shows the approval: no error, nothing resent
    assert session.approved
    assert _approvals(fake, session.session_id) == 1


@pytest.mark.parametrize(
    ("family", "operation"),
    [("chat", "sendVideoAgentMessage"), ("sessions", "sendInteractiveSessionMessage")],
)
def test_an_approval_that_never_arrived_says_so_and_may_be_given_again(
    fake: FakeHeyGen, connection: Connection, family: FamilyName, operation: str
) -> None:
    session = _under_review(fake, connection, family)
    fake.inject("drop", operation)
    with pytest.raises(UncertainOutcomeError):
        session.approve()
    assert not session.approved and _approvals(fake, session.session_id) == 0
    session.approve()
    assert session.approved and _approvals(fake, session.session_id) == 1


def test_a_second_approval_before_the_agent_answers_is_refused(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = _under_review(fake, connection, "chat")
    session.approve()
    with pytest.raises(InvalidParameterError, match="Already approved"):
        session.approve()  # nothing read since: the status on hand still says reviewing
    snapshot = session.refresh()
    assert snapshot.awaiting_reply or snapshot.phase is not Phase.REVIEW
    with pytest.raises(InvalidParameterError):
        session.approve()  # read again: the approval is the last word, the agent has not answered
    assert _approvals(fake, session.session_id) == 1


def test_when_the_log_cannot_be_read_the_next_approval_looks_before_sending(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = _under_review(fake, connection, "chat")
    fake.inject("drop_after", "sendVideoAgentMessage")  # applied, answer lost
    fake.inject("error", "getVideoAgentSession", status=500, times=20)  # and the log unreadable
    with pytest.raises(UncertainOutcomeError, match="approve again to look once more"):
        session.approve()
    fake.faults.clear()
    session.approve()  # reads the log first: the approval is there, so nothing is sent
    assert session.approved
    assert _approvals(fake, session.session_id) == 1


def test_an_approved_draft_is_not_approvable_again_while_the_status_still_says_reviewing() -> None:
    board = (Message("model", "Here is the storyboard.", resource_ids=("res_1",)),)
    resources = MappingProxyType({"res_1": Resource("res_1", "image", "https://x.test/1.png")})
    draft = Snapshot("sess_1", "chat", "reviewing", 50, "T", board, resources)
    assert draft.can_approve
    approved = replace(draft, messages=(*board, Message("user", APPROVAL), Message("model", "On it.")))
    assert approved.approved_last and not approved.can_approve
    revised = replace(approved, messages=(*approved.messages, Message("user", "make it shorter"), *board))
    assert revised.can_approve  # feedback made a new draft
