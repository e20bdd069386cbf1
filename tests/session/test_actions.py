"""`Session.actions`: the approvals and stops made here, with their time, for the panel's log."""

from __future__ import annotations

import threading

import pytest

from heygen_widgets.errors import HeyGenError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Session
from heygen_widgets.session.validate import FamilyName


def _under_review(fake: FakeHeyGen, connection: Connection, family: FamilyName) -> Session:
    session = connection.create("A tour of the office. Cover desks and kitchen.", family=family)
    fake.run_until_idle()
    session.refresh()
    session.wall_clock = lambda: 1_767_230_000.5
    return session


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_approve_and_stop_are_recorded_with_their_time(
    fake: FakeHeyGen, connection: Connection, family: FamilyName
) -> None:
    session = _under_review(fake, connection, family)
    assert not session.actions
    session.approve()
    session.wall_clock = lambda: 1_767_230_060.0
    session.stop()
    done = [(a.kind, a.at) for a in session.actions]
    assert done == [("approve", 1_767_230_000.5), ("stop", 1_767_230_060.0)]
    assert all(a.after > 0 for a in session.actions)  # placed after the messages known then


def test_a_refused_stop_is_not_recorded(fake: FakeHeyGen, connection: Connection) -> None:
    session = _under_review(fake, connection, "chat")
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("error", "stopVideoAgentSession", status=500)
    with pytest.raises(HeyGenError):
        session.stop()
    assert session.actions == ()


def test_an_approval_settled_from_the_log_is_recorded_once(fake: FakeHeyGen, connection: Connection) -> None:
    session = _under_review(fake, connection, "chat")
    fake.inject("drop_after", "sendVideoAgentMessage")  # applied, then the answer is cut
    session.approve()
    assert [a.kind for a in session.actions] == ["approve"]


def test_actions_from_many_threads_are_all_kept(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("Stopped from many threads. Cover a and b.")
    start = threading.Barrier(8)

    def stop() -> None:
        start.wait(timeout=10)
        session.stop()

    threads = [threading.Thread(target=stop) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
        assert not thread.is_alive()
    assert [a.kind for a in session.actions] == ["stop"] * 8
