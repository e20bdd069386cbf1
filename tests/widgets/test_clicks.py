"""No duplicate, no vanished error: a control ignores clicks while its action runs, and every
failure shows as one line, is logged, and leaves the controls usable."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Changed, Poller
from heygen_widgets.session import Connection, Session, Transport
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets import SessionPanel, StartForm
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import KEY, Wire
from tests.widgets.helpers import Deferred


@pytest.fixture
def reviewing(fake: FakeHeyGen, connection: Connection) -> Session:
    session = connection.create("A clicks test. Cover one and two.")
    fake.run_until_idle()
    session.refresh()
    return session


@pytest.fixture
def closed_connection(fake: FakeHeyGen) -> Iterator[Connection]:
    """A connection whose pool is closed: every request raises httpx's RuntimeError, not a HeyGenError."""
    conn = Connection(Transport(fake.url, KEY, sleep=lambda _s: None))
    yield conn
    conn.close()


def test_a_double_click_on_start_creates_one_session(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller
) -> None:
    runner = Deferred()
    form = StartForm(connection, runner=runner, poller=poller)
    runner.run()  # the pickers load
    form.prompt.value = "One session only, please"
    form.start.click()
    form.start.click()  # the second click reaches the kernel before the disabled state reaches the browser
    assert form.start.disabled
    runner.run()
    assert len(fake.backend.sessions) == 1
    assert form.panel is not None
    form.start.click()  # the form is now the panel: nothing more starts
    runner.run()
    assert len(fake.backend.sessions) == 1
    form.close()


def test_double_clicks_on_approve_send_and_stop_do_one_thing_each(
    wire: Wire, fake: FakeHeyGen, reviewing: Session, poller: Poller, clock: FakeClock
) -> None:
    runner = Deferred()
    panel = SessionPanel(reviewing, poller=poller, runner=runner)
    panel.feedback.text.value = "add a scene about code review"
    panel.feedback.button.click()
    panel.feedback.button.click()
    assert panel.feedback.button.disabled
    runner.run()
    sent = [m for m in fake.backend.sessions[reviewing.session_id].messages if m.role == "user"]
    assert [m.content for m in sent].count("add a scene about code review") == 1
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    before = len(fake.requests)
    panel.controls.approve.click()
    panel.controls.approve.click()
    panel.controls.stop.click()  # any control waits while another action runs
    assert panel.controls.approve.disabled and panel.controls.refresh.disabled
    assert runner.run() == 1
    sends = [r for r in fake.requests[before:] if r.operation == "sendVideoAgentMessage"]
    assert len(sends) == 1 and reviewing.approved
    assert not any(r.operation == "stopVideoAgentSession" for r in fake.requests[before:])
    assert not panel.controls.refresh.disabled  # free again
    panel.close()


def test_an_unexpected_error_in_a_button_shows_one_line_and_leaves_the_buttons_usable(
    wire: Wire,
    fake: FakeHeyGen,
    closed_connection: Connection,
    poller: Poller,
    caplog: pytest.LogCaptureFixture,
) -> None:
    session = closed_connection.create("A session whose connection closes")
    closed_connection.transport.close()
    panel = SessionPanel(session, poller=poller, runner=Inline())
    with caplog.at_level(logging.WARNING, logger="heygen_widgets"):
        panel.controls.refresh.click()
        panel.controls.refresh.click()  # usable again: the second click runs too
    assert "Could not refresh: an unexpected RuntimeError" in panel.notice.value
    assert "Traceback" not in panel.notice.value and "\n" not in panel.notice.value
    assert not panel.controls.refresh.disabled
    records = [r for r in caplog.records if r.name.startswith("heygen_widgets") and r.exc_info]
    assert len(records) == 2 and records[0].exc_info is not None
    assert records[0].exc_info[0] is RuntimeError  # logged with its traceback
    assert KEY not in wire.everything()
    panel.close()


def test_an_unexpected_error_in_the_start_form_shows_and_start_works_again(
    wire: Wire, closed_connection: Connection, poller: Poller, caplog: pytest.LogCaptureFixture
) -> None:
    closed_connection.transport.close()
    with caplog.at_level(logging.WARNING, logger="heygen_widgets"):
        form = StartForm(closed_connection, runner=Inline(), poller=poller)
        assert "Could not load the avatars" in form.avatar.error.value
        form.prompt.value = "A tour of the office"
        form.start.click()
    assert "Could not start the session: an unexpected RuntimeError" in form.error.value
    assert not form.start.disabled and form.prompt.value == "A tour of the office"  # nothing typed is lost
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)
    form.close()


def test_an_error_in_showing_an_update_is_told_in_the_panel(
    wire: Wire,
    reviewing: Session,
    poller: Poller,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = SessionPanel(reviewing, poller=poller, runner=Inline())

    def broken(_snapshot: object) -> None:
        raise ValueError("a rendering bug")  # no real input breaks the storyboard: stand in for a bug

    monkeypatch.setattr(panel.storyboard, "render", broken)
    with caplog.at_level(logging.WARNING, logger="heygen_widgets"):
        panel.on_event(Changed(Snapshot(reviewing.session_id, "chat", "generating")))
    assert "Could not show the latest update: an unexpected ValueError" in panel.notice.value
    assert any(r.exc_info for r in caplog.records)
    panel.close()


def test_a_start_whose_answer_was_lost_asks_before_starting_another(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    form.prompt.value = "A tour of the office"
    fake.inject("drop_after", "createVideoAgentV3")  # created, then the answer is cut
    form.start.click()
    assert len(fake.backend.sessions) == 1 and form.panel is None
    assert "may exist already" in form.error.value and form.start.description == "Start anyway"
    assert not form.start.disabled and form.prompt.value == "A tour of the office"
    form.close()
