"""What the panel says stays true: a refresh under a rate limit, an empty-box hint, a stuck session."""

from __future__ import annotations

from dataclasses import replace

from heygen_widgets.errors import from_response
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller, Stuck
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from heygen_widgets.widgets.stuck import stuck_text
from tests.widgets.conftest import Wire


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"a button slept {seconds} s on the worker")


def test_refresh_under_a_rate_limit_says_so_at_once_and_frees_the_buttons(
    wire: Wire, fake: FakeHeyGen, poller: Poller
) -> None:
    with Connection(Transport(fake.url, "k", sleep=no_sleep)) as conn:
        session = conn.create("A refresh test. Cover one and two.")
        fake.run_until_idle()
        session.refresh()
        panel = SessionPanel(session, poller=poller, runner=Inline())
        fake.inject("rate_limit", "getVideoAgentSession", retry_after=30, times=5)
        panel.controls.refresh.click()  # on main this waited out every Retry-After, buttons grey
        assert "Could not refresh" in panel.notice.value and "Too many requests" in panel.notice.value
        assert not panel.controls.refresh.disabled and not panel.controls.approve.disabled
        panel.close()


def test_the_empty_box_hint_goes_once_the_session_moves(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller
) -> None:
    session = connection.create("A hint test. Cover one and two.")
    fake.run_until_idle()
    panel = SessionPanel(session, poller=poller, runner=Inline())
    panel.render(session.refresh())
    panel.feedback.text.value = "make it shorter"
    panel.feedback.button.click()
    panel.feedback.button.click()  # a double click: the first emptied the box
    assert "Type your feedback first" in panel.feedback.error.value
    panel.render(session.refresh())  # the agent answered
    assert panel.feedback.error.value == ""
    panel.close()


def test_the_stuck_line_offers_only_what_the_panel_shows_and_counts_short_spells_in_seconds(
    wire: Wire, fake: FakeHeyGen, connection: Connection
) -> None:
    snapshot = connection.create("A stuck test").refresh()
    assert "15 seconds" in stuck_text(Stuck(snapshot, 15.0))
    assert "2 minutes" in stuck_text(Stuck(snapshot, 125.0))
    assert "start again" in stuck_text(Stuck(snapshot, 600.0), can_restart=True)
    alone = stuck_text(Stuck(replace(snapshot), 600.0), can_restart=False)
    assert "start again" not in alone and "stop it" in alone


def test_a_missing_scope_says_what_to_do_once() -> None:
    body = {
        "error": {
            "code": "insufficient_api_key_scope",
            "message": "This API key lacks the 'video_agent:write' scope; create a key with it.",
            "param": "video_agent:write",
        }
    }
    message = from_response(403, body, None).message
    assert message.lower().count("create a") == 1
