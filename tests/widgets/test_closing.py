"""Closing closes everything: no widget of a closed panel, form or gallery stays open or alive."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery, SessionPanel, StartForm
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import open_widgets

PANELS = 200


def test_open_and_close_many_panels_leaves_no_widget_open_and_no_panel_alive(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> None:
    session = connection.create("A panel opened many times. Cover one and two.")
    fake.run_until_idle()
    session.refresh()
    before = open_widgets()
    alive: list[weakref.ref[SessionPanel]] = []
    for n in range(PANELS):
        panel = SessionPanel(session, poller=poller, runner=inline)  # shows the messages and storyboard
        if n == 0:
            per_panel = open_widgets() - before
        panel.close()
        alive.append(weakref.ref(panel))
        del panel
    gc.collect()
    print(f"\n{PANELS} panels of {per_panel} widgets: {open_widgets() - before} left open")
    assert open_widgets() == before
    assert sum(ref() is not None for ref in alive) == 0
    assert poller.session_ids == ()


def test_a_closed_panel_drops_its_callbacks(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    panel = SessionPanel(connection.create("hi"), poller=poller, runner=inline)
    buttons = [panel.controls.approve, panel.controls.stop, panel.feedback.button, panel.stuck.restart]
    panel.close()
    assert all(not b._click_handlers.callbacks for b in buttons)  # nothing refers back to the panel
    assert not panel._trait_notifiers  # the view-count observer is gone too
    assert all(widget.comm is None for widget in (panel, panel.header.title, panel.feedback.text.layout))


def test_closing_the_start_form_closes_the_panel_it_became(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    before = open_widgets()
    form = StartForm(connection, runner=inline, poller=poller)
    form.prompt.value = "A tour of the office"
    form.start.click()
    assert form.panel is not None and form.prompt.comm is None  # the form's own widgets went with it
    form.close()
    assert open_widgets() == before and poller.session_ids == ()


def test_closing_a_form_that_never_started_closes_it_all(
    wire: Wire, connection: Connection, poller: Poller, inline: Inline
) -> None:
    before = open_widgets()
    StartForm(connection, runner=inline, poller=poller).close()
    assert open_widgets() == before


def test_closing_the_gallery_closes_its_cards_and_table(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    before = open_widgets()
    gallery = SessionGallery(
        ["a", "b", "c"], connection=connection, poller=poller, runner=inline, ledger=tmp_path / "g.sqlite"
    )
    clock.advance(poller.poll_once())
    ref = weakref.ref(gallery)
    gallery.close()
    del gallery
    assert open_widgets() == before and ref() is None and poller.session_ids == ()
