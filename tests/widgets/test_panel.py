"""The panel headless: real sessions on the simulator, a poller stepped by hand, comms recorded."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import pytest

from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Failed, Poller
from heygen_widgets.session import Connection, Session
from heygen_widgets.snapshot import Message, Resource, Snapshot
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import KEY, Wire


@pytest.fixture
def session(fake: FakeHeyGen, connection: Connection) -> Session:
    return connection.create("Create an onboarding video. Cover culture, tools, and the first week.")


@pytest.fixture
def panel(session: Session, poller: Poller, inline: Inline, wire: Wire) -> Iterator[SessionPanel]:
    view = SessionPanel(session, poller=poller, runner=inline)
    yield view
    view.close()


def tick(poller: Poller, clock: FakeClock) -> None:
    clock.advance(poller.poll_once())


def test_the_panel_follows_the_session_through_review(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "thinking"
    assert "hgw-spinner" in panel.header.status.value and panel.controls.stop.disabled is False
    assert panel.controls.approve.disabled and panel.feedback.button.disabled
    fake.run_until_idle()
    tick(poller, clock)
    assert "reviewing" in panel.header.status.value and "hgw-spinner" not in panel.header.status.value
    assert panel.storyboard.value.count("<figure") == 5 and "3. Tools" in panel.storyboard.value
    assert "/files/resources/" in panel.storyboard.value  # loaded by URL in the browser
    assert not panel.controls.approve.disabled and not panel.feedback.button.disabled
    assert panel.controls.stop.disabled
    newest = panel.message_log.children[0].value
    assert "drafted a storyboard with 5 scenes" in newest and "hgw-inline-thumb" in newest


def test_feedback_and_approval_reach_the_session(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    fake.run_until_idle()
    tick(poller, clock)
    panel.feedback.text.value = "add a scene about code review"
    panel.feedback.button.click()
    assert panel.feedback.text.value == ""  # sent, so the box is cleared
    assert (
        fake.backend.sessions[panel.session.session_id].messages[-1].content
        == "add a scene about code review"
    )
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.storyboard.value.count("<figure") == 6
    panel.controls.approve.click()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "generating"
    assert panel.controls.approve.disabled and not panel.controls.stop.disabled
    fake.run_until_idle()
    for _ in range(4):
        tick(poller, clock)
    assert panel.result.layout.display == "block"
    assert '<video class="hgw-player" src="http://127.0.0.1:' in panel.result.value
    assert "captioned" in panel.result.value and "subtitles" in panel.result.value


def test_stop_is_sent_and_the_controls_follow(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    tick(poller, clock)
    panel.controls.stop.click()
    fake.step(panel.session.session_id)
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "reviewing"
    assert panel.controls.stop.disabled
    assert "Stopped at your request" in panel.message_log.children[0].value


def test_a_refused_send_keeps_the_text_and_shows_the_error(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock, connection: Connection
) -> None:
    fake.run_until_idle()
    tick(poller, clock)
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("rate_limit", "sendVideoAgentMessage", retry_after=5)  # a 429: certainly not applied
    panel.feedback.text.value = "make it shorter"
    future = panel.feedback.submit()
    assert future is not None and future.exception() is None  # told in the box, not raised
    assert panel.feedback.text.value == "make it shorter"
    assert "Not sent:" in panel.feedback.error.value and "try again" in panel.feedback.error.value
    assert not panel.feedback.button.disabled  # ready to try again


def test_a_send_refused_before_it_was_applied_says_so_and_keeps_the_text(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    fake.run_until_idle()
    tick(poller, clock)
    fake.inject("error", "sendVideoAgentMessage", status=503)  # 503 on a send: the outcome is uncertain
    panel.feedback.text.value = "make it shorter"
    panel.feedback.submit()
    assert panel.feedback.text.value == "make it shorter"
    assert "not in the session log yet" in panel.feedback.error.value
    assert "Not sent" not in panel.feedback.error.value
    assert not panel.feedback.button.disabled
    panel.feedback.button.click()  # looked for once more, then sent
    contents = [m.content for m in fake.backend.sessions[panel.session.session_id].messages]
    assert contents.count("make it shorter") == 1
    assert panel.feedback.text.value == "" and panel.feedback.error.value == ""


def test_an_empty_message_is_refused_in_the_panel(panel: SessionPanel, fake: FakeHeyGen) -> None:
    panel.feedback.text.value = "   "
    assert panel.feedback.submit() is None
    assert "Type your feedback first" in panel.feedback.error.value
    assert not any(r.operation == "sendVideoAgentMessage" for r in fake.requests)


def test_poll_errors_show_a_notice_and_the_panel_recovers(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock, connection: Connection
) -> None:
    tick(poller, clock)
    connection.transport.retry = connection.transport.retry.__class__(attempts=1)
    fake.inject("rate_limit", "getVideoAgentSession", retry_after=5)
    tick(poller, clock)
    assert "Could not refresh" in panel.notice.value and "Retrying in" in panel.notice.value
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.notice.value == ""
    assert panel.snapshot is not None and panel.snapshot.status == "reviewing"


def test_button_handlers_report_errors_instead_of_swallowing_them(
    panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    tick(poller, clock)

    def refuse() -> None:
        raise InvalidParameterError("Nothing to approve yet.", code="not_ready")

    panel.act(refuse, "approve")
    assert "Could not approve: Nothing to approve yet." in panel.notice.value
    assert not panel.controls.busy


def test_text_from_the_api_is_escaped(panel: SessionPanel) -> None:
    hostile = Snapshot(
        session_id="s<1>",
        family="chat",
        status="<img src=x onerror=alert(1)>",
        title="<script>alert('t')</script>",
        messages=(Message("model", '<b onmouseover="x()">hi</b> & <a href="javascript:alert(1)">x</a>'),),
    )
    panel.render(hostile)
    shown = panel.header.title.value + panel.header.status.value + panel.message_log.children[0].value
    assert "<script>" not in shown and "<img src=x" not in shown and "<b onmouseover" not in shown
    assert "&lt;script&gt;" in shown and "&lt;b onmouseover=&quot;x()&quot;&gt;hi&lt;/b&gt; &amp;" in shown


def test_enable_and_disable_per_status(panel: SessionPanel) -> None:
    cases = {
        "thinking": (True, True, False),
        "processing": (True, True, False),
        "reviewing": (False, False, True),
        "waiting_for_input": (True, False, True),
        "generating": (True, True, False),
        "completed": (True, False, True),
        "failed": (True, True, True),
        "brand_new_status": (True, True, False),
    }
    for status, expected in cases.items():
        panel.render(_snapshot(status, with_storyboard=status != "waiting_for_input"))
        got = (panel.controls.approve.disabled, panel.feedback.button.disabled, panel.controls.stop.disabled)
        assert got == expected, status


def _snapshot(status: str, *, with_storyboard: bool) -> Snapshot:
    res = Resource(id="r1", type="image", url="http://h/r1.png", thumbnail_url="http://h/r1_t.png")
    return Snapshot(
        session_id="s1",
        family="chat",
        status=status,
        messages=(Message("model", "here", resource_ids=("r1",) if with_storyboard else ()),),
        resources=MappingProxyType({"r1": res}),
    )


def test_the_api_key_never_enters_widget_state_or_reprs(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock, wire: Wire
) -> None:
    tick(poller, clock)
    fake.run_until_idle()
    tick(poller, clock)
    assert KEY not in wire.everything()
    assert KEY not in repr(panel) and KEY not in repr(panel.session)
    assert KEY not in str(panel._repr_mimebundle_())


def test_a_saved_notebook_gets_a_readable_static_snapshot(
    fake: FakeHeyGen, panel: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    fake.run_until_idle()
    tick(poller, clock)
    bundle = panel._repr_mimebundle_()
    assert bundle is not None
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert (
        bundle["text/plain"].startswith("Video Agent session sess_") and "reviewing" in bundle["text/plain"]
    )
    assert "<h3>" in bundle["text/html"] and bundle["text/html"].count("<figure") == 5


def test_failed_poll_events_do_not_break_rendering(panel: SessionPanel) -> None:
    panel.on_event(Failed(panel.session.session_id, RuntimeError("boom"), None))
    assert "Could not refresh: an unexpected RuntimeError" in panel.notice.value
    panel.on_event(Failed("another_session", RuntimeError("boom"), None))  # not this panel's
