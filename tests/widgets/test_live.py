"""A browser that loads the panel from a running kernel ends up showing its current state.

Voila and a reloaded JupyterLab tab ask the kernel for every widget's state, then build the
models; a comm update that arrives before a model has its handler is dropped. `Browser` below
does what the widget manager does with the messages it gets: it opens models for ``comm_open``
at any time, and applies updates only once loading is over. The "view displayed" message is
what ipywidgets' frontend sends for a widget whose ``_view_count`` is a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery, SessionPanel
from heygen_widgets.widgets.live import BROWSER_OWNED, INPUTS, widget_tree
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire


class Browser:
    """Widget models as a browser holds them, fed from the recorded comm messages."""

    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.models: dict[str, dict[str, Any]] = {}
        self.read = 0
        self.loading = True

    def request_states(self, root: w.Widget) -> None:
        """The state of every widget as the kernel answers ``request_states``."""
        self.read = self.wire.mark()
        for widget in widget_tree(root):
            self.models[widget.model_id] = dict(widget.get_state())

    def receive(self) -> None:
        """Take the messages sent since the last call; updates are dropped while loading."""
        for comm_id, kind, data in self.wire.addressed_since(self.read):
            if kind == "comm_open":
                self.models[comm_id] = dict(data["state"])
            elif kind == "comm_msg" and data.get("method") == "update" and not self.loading:
                self.models[comm_id].update(data["state"])
        self.read = self.wire.mark()

    def display(self, root: w.Widget) -> None:
        """Loading is over and a view of ``root`` shows: the frontend counts it and tells the kernel."""
        self.receive()
        self.loading = False
        count = (self.models[root.model_id].get("_view_count") or 0) + 1
        self.models[root.model_id]["_view_count"] = count
        root.comm.handle_msg({"content": {"data": {"method": "update", "state": {"_view_count": count}}}})
        self.receive()

    def stale(self, root: w.Widget) -> list[str]:
        """What the browser shows differently from the kernel, as "WidgetClass.key" entries."""
        differences = []
        for widget in widget_tree(root):
            shown = self.models.get(widget.model_id, {})
            owned = BROWSER_OWNED if isinstance(widget, INPUTS) else frozenset()
            for key, value in widget.get_state().items():
                if key not in owned and key != "_view_count" and shown.get(key) != value:
                    differences.append(f"{type(widget).__name__}.{key}")
        return differences


@pytest.fixture
def panel(
    wire: Wire, poller: Poller, inline: Inline, fake: FakeHeyGen, connection: Connection
) -> Iterator[SessionPanel]:
    view = SessionPanel(connection.create("An update race. Cover one and two."), poller=poller, runner=inline)
    yield view
    view.close()


def test_an_update_dropped_while_the_browser_loads_is_repaired_once_the_view_shows(
    wire: Wire, panel: SessionPanel, poller: Poller, clock: FakeClock, fake: FakeHeyGen
) -> None:
    clock.advance(poller.poll_once())
    browser = Browser(wire)
    browser.request_states(panel)
    assert "thinking" in browser.models[panel.header.status.model_id]["value"]
    fake.run_until_idle()
    clock.advance(poller.poll_once())  # the draft lands while the browser builds its models
    browser.receive()
    assert "thinking" in browser.models[panel.header.status.model_id]["value"]  # the update was lost
    assert browser.stale(panel)
    mark = wire.mark()
    browser.display(panel)
    assert browser.stale(panel) == []
    assert "reviewing" in browser.models[panel.header.status.model_id]["value"]
    resent = len(wire.since(mark))
    print(f"\nre-sent when the panel is shown: {resent} messages, {wire.bytes_since(mark)} bytes")
    assert resent == len(list(widget_tree(panel))) + 1  # one per widget, plus the echo of the count


def test_what_the_user_typed_is_not_sent_back_and_a_closed_view_sends_nothing(
    wire: Wire, panel: SessionPanel
) -> None:
    panel.feedback.text.value = "half-typed feedback"
    mark = wire.mark()
    panel.comm.handle_msg({"content": {"data": {"method": "update", "state": {"_view_count": 1}}}})
    by_widget = {comm_id: data for comm_id, _kind, data in wire.addressed_since(mark)}
    assert "value" not in by_widget[panel.feedback.text.model_id]["state"]
    assert "value" not in by_widget[panel.feedback.files.model_id]["state"]
    assert "value" in by_widget[panel.header.status.model_id]["state"]
    mark = wire.mark()
    panel.comm.handle_msg({"content": {"data": {"method": "update", "state": {"_view_count": 0}}}})
    assert [data["method"] for _kind, data in wire.since(mark)] == ["echo_update"]


def test_the_gallery_is_repaired_the_same_way(
    wire: Wire,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    fake: FakeHeyGen,
    connection: Connection,
    tmp_path: Path,
) -> None:
    prompts = ["One. Cover a.", "Two. Cover b."]
    gallery = SessionGallery(
        prompts, connection=connection, poller=poller, runner=inline, ledger=tmp_path / "g.sqlite"
    )
    browser = Browser(wire)
    browser.request_states(gallery)
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    browser.receive()
    assert browser.stale(gallery)
    browser.display(gallery)
    assert browser.stale(gallery) == []
    gallery.close()
