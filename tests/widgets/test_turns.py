"""Stuck sessions and turns nobody asked for are told plainly, and a stuck one can start again."""

from __future__ import annotations

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller, Stuck, Throttled
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionPanel, session_panel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire

PROMPT = "A stuck video. Cover one and two."


def tick(poller: Poller, clock: FakeClock) -> None:
    clock.advance(poller.poll_once())


def test_a_stuck_session_says_so_and_offers_stop_and_start_again(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    panel = session_panel(PROMPT, connection=connection, poller=poller, runner=inline)
    old = panel.session
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "thinking"
    assert not panel.stuck.shown
    panel.on_event(Stuck(panel.snapshot, quiet_for=600.0))  # what the poller delivers after 10 quiet minutes
    assert "The agent has not moved for 10 minutes (still &#x27;thinking&#x27;)" in panel.notice.value
    assert panel.stuck.shown and panel.stuck.restart.layout.display != "none"
    assert not panel.stuck.stop.disabled and not panel.stuck.restart.disabled
    panel.stuck.generate.value = True
    panel.stuck.restart.click()
    assert fake.backend.sessions[old.session_id].stop_requested
    new = panel.session
    assert new.session_id != old.session_id and new.approved
    created = fake.backend.sessions[new.session_id]
    assert created.prompt == PROMPT and created.mode == "generate"
    assert poller.session_ids == (new.session_id,)  # the old one is no longer watched by the panel
    assert f"Started again (straight to video) as session {new.session_id}" in panel.notice.value
    assert not panel.stuck.shown and "has not moved" not in panel.notice.value
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.session_id == new.session_id
    assert new.session_id in panel.header.ident.value
    panel.close()


def test_start_again_uses_the_first_message_when_no_prompt_was_given(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    session_id = connection.create(PROMPT).session_id
    panel = SessionPanel.attach(session_id, connection=connection, poller=poller, runner=inline)
    assert panel.snapshot is not None
    panel.on_event(Stuck(panel.snapshot, quiet_for=90.0))
    assert "not moved for 2 minutes" in panel.notice.value
    assert not panel.stuck.generate.value  # a chat session that was never approved restarts for review
    panel.start_again()
    created = fake.backend.sessions[panel.session.session_id]
    assert created.prompt == PROMPT and created.mode == "chat"
    panel.close()


def test_a_stuck_panel_without_a_connection_offers_stop_only(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    panel = SessionPanel(connection.create(PROMPT), poller=poller, runner=inline)
    tick(poller, clock)
    assert panel.snapshot is not None
    panel.on_event(Stuck(panel.snapshot, quiet_for=600.0))
    assert panel.stuck.shown and panel.stuck.restart.layout.display == "none"
    panel.stuck.stop.click()
    assert fake.backend.sessions[panel.session.session_id].stop_requested
    fake.step(panel.session.session_id)
    tick(poller, clock)  # it moved: the offer goes away
    assert not panel.stuck.shown and "has not moved" not in panel.notice.value
    panel.close()


def test_a_render_nobody_approved_is_told(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    panel = SessionPanel(connection.create(PROMPT), poller=poller, runner=inline, connection=connection)
    fake.run_until_idle()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "reviewing"
    elsewhere = connection.attach(panel.session.session_id)  # HeyGen starts rendering on its own
    elsewhere.approve()
    tick(poller, clock)
    assert panel.snapshot.status == "generating" and not panel.session.approved
    assert "HeyGen started rendering without waiting for your approval" in panel.notice.value
    panel.close()


def test_a_render_the_panel_approved_is_not_called_unasked(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    panel = SessionPanel(connection.create(PROMPT), poller=poller, runner=inline)
    fake.run_until_idle()
    tick(poller, clock)
    panel.controls.approve.click()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "generating"
    assert "without waiting" not in panel.notice.value
    generated = SessionPanel(connection.create(PROMPT, mode="generate"), poller=poller, runner=inline)
    fake.run_until_idle()
    for _ in range(3):
        tick(poller, clock)
    assert "without waiting" not in generated.notice.value
    panel.close()
    generated.close()


def test_a_stretched_interval_is_told_and_cleared(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    panel = SessionPanel(connection.create(PROMPT), poller=poller, runner=inline)
    panel.on_event(Throttled(panel.session.session_id, 12.0))
    assert "Refreshed every 12 s for now" in panel.notice.value and "request limit" in panel.notice.value
    panel.on_event(Throttled(panel.session.session_id, None))
    assert panel.notice.value == ""
    panel.close()
