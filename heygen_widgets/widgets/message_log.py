"""The message log: chronological, user and agent apart, errors highlighted, newest in view."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from heygen_widgets.snapshot import Message, Snapshot
from heygen_widgets.widgets.html import image, text

ROLE_LABEL = {"user": "You", "model": "Agent", "gap": ""}


def message_html(message: Message, snapshot: Snapshot) -> str:
    """One message as escaped HTML, with the images it refers to as small thumbnails."""
    if message.is_gap:
        return f'<div class="hgw-gap">⋯ {text(message.content)}</div>'
    kind = "hgw-error" if message.is_error else f"hgw-{text(message.role)}"
    when = ""
    if message.created_at:
        stamp = dt.datetime.fromtimestamp(message.created_at, tz=dt.UTC).strftime("%H:%M")
        when = f' <span class="hgw-when">{stamp}</span>'
    thumbs = "".join(
        image(res.thumbnail_url or res.url, f"resource {rid}", "hgw-inline-thumb")
        for rid in message.resource_ids
        if (res := snapshot.resources.get(rid)) is not None and res.type == "image"
    )
    label = text(ROLE_LABEL.get(message.role, message.role))
    body = text(message.content).replace("\n", "<br>")
    thumbs_html = f'<div class="hgw-thumbs">{thumbs}</div>' if thumbs else ""
    return f'<div class="hgw-msg {kind}"><b>{label}</b>{when}<div>{body}</div>{thumbs_html}</div>'


class MessageLog(w.Box):
    """The conversation. A new message adds one widget; the rest of the log is not sent again.

    The box lays its children out bottom-up (``column-reverse``), so the newest message is the
    first child and the browser keeps it in view without any scrolling code.
    """

    def __init__(self) -> None:
        """Start empty."""
        layout = w.Layout(
            display="flex", flex_flow="column-reverse", max_height="340px", overflow="auto", width="100%"
        )
        super().__init__([], layout=layout)
        self.add_class("hgw-log")
        self._shown: list[Message] = []
        self._items: list[w.HTML] = []  # the children, newest first
        self._item_layout = w.Layout()
        self._item_style = HTMLStyle()

    def render(self, snapshot: Snapshot) -> None:
        """Append what is new; rebuild only if the history itself changed."""
        messages = list(snapshot.messages)
        if messages == self._shown:
            return
        prefix = self._shown
        if messages[: len(prefix)] != prefix:
            prefix = []
        added = [self._widget(m, snapshot) for m in messages[len(prefix) :]]
        dropped = [] if prefix else self._items
        self._items = [*reversed(added), *(self._items if prefix else [])]
        self._shown = messages
        self.children = tuple(self._items)
        for old in dropped:
            old.close()

    def release(self) -> None:
        """Close the layout and style every message shares (they are in the tree only via a message)."""
        self._item_layout.close()
        self._item_style.close()

    def _widget(self, message: Message, snapshot: Snapshot) -> w.HTML:
        # One shared layout and style for every message: a new message opens one comm, not three.
        return w.HTML(
            message_html(message, snapshot),
            layout=self._item_layout,
            style=self._item_style,
            _dom_classes=("hgw-message",),
        )
