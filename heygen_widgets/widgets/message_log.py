"""The message log: chronological, user and agent apart, errors highlighted, newest in view.

What the user did shows as an action, not as typed text: Approve's message reads "You approved
the storyboard", and a stop (which leaves no message in HeyGen's log) shows at its time among
the messages. While the agent thinks, a "working" line ends the log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import ipywidgets as w
from ipywidgets.widgets.widget_string import HTMLStyle

from heygen_widgets.session.session import Action
from heygen_widgets.snapshot import APPROVAL, Message, Phase, Snapshot
from heygen_widgets.widgets.html import image, text
from heygen_widgets.widgets.times import stamp

ROLE_LABEL = {"user": "You", "model": "Agent", "gap": ""}
ACTION_LABEL = {"approve": "✓ You approved the storyboard", "stop": "■ You stopped the agent"}
THINKING = "hgw-thinking"  # the log's class while the agent works: CSS shows "Agent is working…"

Entry = Message | Action


def _when(created_at: float | None, zone: dt.tzinfo | None, now: dt.datetime | None) -> str:
    return f" {stamp(created_at, zone=zone, now=now)}" if created_at else ""


def message_html(
    message: Message, snapshot: Snapshot, *, zone: dt.tzinfo | None = None, now: dt.datetime | None = None
) -> str:
    """One message as escaped HTML, with the images it refers to as small thumbnails."""
    if message.is_gap:
        return f'<div class="hgw-gap">⋯ {text(message.content)}</div>'
    when = _when(message.created_at, zone, now)
    if message.role == "user" and message.content.strip() == APPROVAL:
        return _action_line("approve", when)
    kind = "hgw-error" if message.is_error else f"hgw-{text(message.role)}"
    thumbs = "".join(
        image(res.thumbnail_url or res.url, f"resource {rid}", "hgw-inline-thumb")
        for rid in message.resource_ids
        if (res := snapshot.resources.get(rid)) is not None and res.type == "image"
    )
    label = text(ROLE_LABEL.get(message.role, message.role))
    body = text(message.content).replace("\n", "<br>")
    thumbs_html = f'<div class="hgw-thumbs">{thumbs}</div>' if thumbs else ""
    return f'<div class="hgw-msg {kind}"><b>{label}</b>{when}<div>{body}</div>{thumbs_html}</div>'


def action_html(action: Action, *, zone: dt.tzinfo | None = None, now: dt.datetime | None = None) -> str:
    """One thing the user did, as a line of the log (with its time when it has one)."""
    return _action_line(action.kind, _when(action.at, zone, now))


def _action_line(kind: str, when: str) -> str:
    label = ACTION_LABEL.get(kind, f"You chose {kind}")
    return f'<div class="hgw-action hgw-action-{text(kind)}">{text(label)}{when}</div>'


def entries(messages: Sequence[Message], actions: Sequence[Action]) -> list[Entry]:
    """The messages with each stop placed after the messages known when it was made.

    HeyGen's clock and this machine's may disagree, so a stop is placed by what the log held
    then (the agent's answer to it comes after), not by time. Approvals are not placed: their
    message already shows them.
    """
    stops = sorted((a for a in actions if a.kind == "stop"), key=lambda a: (a.after, a.at))
    out: list[Entry] = []
    for index, message in enumerate(messages):
        while stops and stops[0].after <= index:
            out.append(stops.pop(0))
        out.append(message)
    return [*out, *stops]


def working(snapshot: Snapshot) -> bool:
    """The agent is thinking: it drafts, or the user spoke last and it has not answered yet."""
    return snapshot.phase is Phase.WORKING or (snapshot.phase is Phase.REVIEW and snapshot.awaiting_reply)


class MessageLog(w.Box):
    """The conversation. A new message adds one widget; the rest of the log is not sent again.

    The box lays its children out bottom-up (``column-reverse``), so the newest message is the
    first child and the browser keeps it in view without any scrolling code. The "working" line
    is the log's own ``::before`` (so it sits below the newest message), shown by a CSS class:
    a poll sends nothing for it unless it appears or goes.
    """

    def __init__(self) -> None:
        """Start empty."""
        layout = w.Layout(
            display="flex", flex_flow="column-reverse", max_height="340px", overflow="auto", width="100%"
        )
        super().__init__([], layout=layout)
        self.add_class("hgw-log")
        self._shown: list[Entry] = []
        self._items: list[w.HTML] = []  # the entries' widgets, newest first
        self._item_layout = w.Layout()
        self._item_style = HTMLStyle()

    def render(self, snapshot: Snapshot, actions: Sequence[Action] = ()) -> None:
        """Append what is new; rebuild only if the history itself changed.

        ``actions`` are the user's (`Session.actions`): stops show among the messages.
        """
        shown = entries(snapshot.messages, actions)
        if shown != self._shown:
            self._show(shown, snapshot)
        if working(snapshot):
            self.add_class(THINKING)
        else:
            self.remove_class(THINKING)

    def _show(self, shown: list[Entry], snapshot: Snapshot) -> None:
        prefix = self._shown
        if shown[: len(prefix)] != prefix:
            prefix = []
        added = [self._entry(e, snapshot) for e in shown[len(prefix) :]]
        dropped = [] if prefix else self._items
        self._items = [*reversed(added), *(self._items if prefix else [])]
        self._shown = shown
        self.children = tuple(self._items)
        for old in dropped:
            old.close()

    def release(self) -> None:
        """Close the layout and style every message shares (they are in the tree only via a message)."""
        self._item_layout.close()
        self._item_style.close()

    def _entry(self, entry: Entry, snapshot: Snapshot) -> w.HTML:
        if isinstance(entry, Action):
            return self._widget(action_html(entry))
        return self._widget(message_html(entry, snapshot))

    def _widget(self, html: str) -> w.HTML:
        # One shared layout and style for every message: a new message opens one comm, not three.
        return w.HTML(html, layout=self._item_layout, style=self._item_style, _dom_classes=("hgw-message",))
