"""The feedback box: text, attachments and Send. Nothing typed is lost, nothing is applied twice.

Feedback about picked scenes names them (`scenes.scene_message`); the box shows which scenes it
is about, and the agent's question when it asks one. The box itself only ever holds what the
user typed, never the scene names put in front of it.

A send whose answer was lost may have reached HeyGen. The box then reads the session and looks
for the message in its log before it says anything: found, it counts as sent; not found, the
text stays and the next Send looks again before sending. It never says "Not sent" for something
that may have been applied.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import HeyGenError, UncertainOutcomeError
from heygen_widgets.scenes import Scene, scene_message
from heygen_widgets.session import Data
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets._actions import Guard, explain, report, run_guarded
from heygen_widgets.widgets._box_text import (
    EMPTY,
    READY,
    SENDING,
    about_html,
    counter_html,
    off_reason,
    question_html,
    too_long,
)
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.keys import SEND_MARK
from heygen_widgets.widgets.runtime import Runner

SendFn = Callable[[str, Sequence[Data]], None]
ReadFn = Callable[[bool], Snapshot | None]
"""``read(fresh)``: the session as last read, or (``fresh=True``) read now and shown in the panel."""

DELIVERED = "HeyGen did not confirm your message, but it is in the session log: it was delivered."
NOT_IN_LOG = (
    "HeyGen did not confirm your message and it is not in the session log yet. "
    "Press Send to send it again (it is looked for in the log once more first)."
)
UNCHECKED = (
    "HeyGen did not confirm your message, and the session could not be read to check ({reason}). "
    "Press Send to look again: it is sent only if it is not in the log."
)


def count(message: str, snapshot: Snapshot | None) -> int:
    """How many of your messages in the session log say ``message`` (none before the first read)."""
    return snapshot.times_sent(message) if snapshot is not None else 0


@dataclass(frozen=True)
class _Unconfirmed:
    raw: str  # what the box held
    message: str  # what was sent: the scene names, then the text
    before: int  # how many of it the log held before


class FeedbackBox(w.VBox):
    """Where the user writes to the agent; the panel wires `submit` to the Send button."""

    def __init__(
        self,
        send: SendFn,
        read: ReadFn,
        runner: Runner,
        updating: threading.RLock | None = None,
        *,
        selection: Callable[[], Sequence[Scene]] = tuple,
        on_sent: Callable[[], None] = lambda: None,
    ) -> None:
        """``send(message, files)`` talks to HeyGen on ``runner``; ``read`` reads the session.

        ``updating`` is the panel's lock, held while the box changes what it shows.
        ``selection`` gives the scenes the feedback is about (the storyboard's picks); ``on_sent``
        runs once a message is known to have arrived.
        """
        self._post, self._read, self._runner = send, read, runner
        self._selection, self._on_sent = selection, on_sent
        self._updating = updating or threading.RLock()
        self.text = w.Textarea(
            placeholder="Feedback for the agent, e.g. “add a scene about code review” (Ctrl+Enter sends)",
            layout=w.Layout(width="99%", height="64px"),
        )
        self.files = w.FileUpload(multiple=True, accept="image/*,video/*,.pdf", description="Attach")
        self.button = w.Button(description="Send", icon="paper-plane", button_style="primary", disabled=True)
        self.error, self.question, self.about, self.counter = w.HTML(), w.HTML(), w.HTML(), w.HTML()
        for widget, css in (
            (self.text, "hgw-feedback"),
            (self.button, "hgw-send"),
            (self.error, "hgw-send-error"),
            (self.files, "hgw-attach"),
            (self.question, "hgw-asks"),
            (self.about, "hgw-about"),
            (self.counter, "hgw-counter"),
        ):
            widget.add_class(css)
        self._snapshot: Snapshot | None = None
        self._scenes: tuple[Scene, ...] = ()
        self._guard = Guard(self._show_button)
        self._unconfirmed: _Unconfirmed | None = None
        self.text.observe(self._typed, names="value")
        row = w.HBox([self.button, self.files, self.counter], layout=w.Layout(align_items="center"))
        super().__init__([self.question, self.about, self.text, row, self.error])
        self.add_class("hgw-box")
        self._show_button()

    def render(self, snapshot: Snapshot) -> None:
        """Send is enabled while the agent waits for the user; a hint about an empty box goes."""
        with self._updating:
            self._snapshot = snapshot
            self.question.value = question_html(snapshot)
            self.show_selection()
            self._forget_empty()

    def show_selection(self, scenes: Sequence[Scene] | None = None) -> None:
        """Show which scenes the feedback is about (``scenes``, or else the storyboard's picks now).

        The storyboard calls this when the user picks or unpicks a scene; `render` does it too.
        """
        picked = tuple(self._selection() if scenes is None else scenes)
        with self._updating:
            self._scenes = picked
            self.about.value = about_html(picked)
            self._show_button()

    def _typed(self, change: dict[str, Any]) -> None:
        typed = str(change["new"])
        if SEND_MARK not in typed:
            self._show_button()
            return
        with self._updating:
            self.text.value = typed.replace(SEND_MARK, "")  # the mark is the shortcut's, not the user's
        if typed.endswith(SEND_MARK):  # Ctrl/Cmd+Enter: send as the Send button would
            self._shortcut()

    def _shortcut(self) -> None:
        """Ctrl/Cmd+Enter: send if Send is on, else say why not (the button's tooltip, as a line)."""
        if self.button.disabled:
            self._say(self.button.tooltip or SENDING)
            return
        self.submit()

    def _message(self) -> str:
        """What Send sends: the picked scenes' names, then the text in the box."""
        return scene_message(self._scenes, self.text.value)

    def _forget_empty(self) -> None:
        """Drop the empty-box hint: it holds only until the session moves.

        A double click on Send, whose first click emptied the box, must not leave it behind.
        """
        with self._updating:
            if EMPTY in self.error.value:
                self.error.value = ""

    def _show_button(self) -> None:
        """Send on or off, the counter, and a tooltip that says why Send is off."""
        with self._updating:
            length = len(self._message()) if self.text.value.strip() else 0
            self.counter.value = counter_html(length)
            if self._guard.running is not None:
                reason: str | None = SENDING
            else:
                reason = off_reason(self._snapshot) or too_long(length)
            self.button.disabled = reason is not None
            self.button.tooltip = reason or (READY if length else EMPTY)

    def submit(self) -> Future[None] | None:
        """Send what is in the box (on the worker). None when nothing is sent: empty, or already sending."""
        raw = self.text.value
        if self._guard.running is not None:
            return None
        if not raw.strip():
            self._say(EMPTY)
            return None
        message = scene_message(tuple(self._selection()), raw)
        if (long := too_long(len(message))) is not None:
            self._say(long)
            return None
        files = [
            Data(bytes(f["content"]), f.get("type") or None, f.get("name") or "attachment")
            for f in self.files.value
        ]
        return run_guarded(
            self._guard,
            "send",
            self._runner,
            lambda: self._deliver(raw, message, files),
            lambda error: self._say(report("show whether your message was sent", error)),
        )

    def _deliver(self, raw: str, message: str, files: list[Data]) -> None:
        self._say("")
        pending = self._unconfirmed
        if pending is not None and pending.raw == raw:
            if not self._settle(pending):
                return  # in the log after all, or still unknown: not sent again
            same = pending.message == message
            before = pending.before if same else count(message, self._read(False))
        else:
            before = count(message, self._read(False))
        try:
            self._post(message, files)
        except Exception as error:
            if isinstance(error, HeyGenError) and not isinstance(error, UncertainOutcomeError):
                report("send your message", error)
                self._say(f"Not sent: {error.message}")  # HeyGen refused it: certainly not applied
                return
            report("confirm your message was sent", error)  # the log says whether it arrived
            self._unconfirmed = _Unconfirmed(raw, message, before)
            self._settle(self._unconfirmed)
            return
        self._unconfirmed = None
        self._sent(raw)

    def _settle(self, pending: _Unconfirmed) -> bool:
        """Read the log: True when the message is not in it (so it may be sent); says what it found."""
        try:
            found = count(pending.message, self._read(True)) > pending.before
        except Exception as error:
            report("read the session to look for your message", error)
            self._say(UNCHECKED.format(reason=explain(error)))
            return False
        if found:
            self._unconfirmed = None
            self._sent(pending.raw, DELIVERED)
            return False
        self._say(NOT_IN_LOG)
        return True

    def _sent(self, raw: str, note: str = "") -> None:
        """Empty the box and unpick the scenes (traits only: this runs on a worker thread)."""
        with self._updating:
            if self.text.value == raw:
                self.text.value = ""  # keep anything typed meanwhile
                self.files.value = ()
            self.error.value = f'<span class="hgw-send-note">{text(note)}</span>' if note else ""
        try:
            self._on_sent()
        except Exception as error:  # the message arrived: a failure here must not say otherwise
            report("unpick the scenes", error)
        self.show_selection()

    def _say(self, error: str) -> None:
        with self._updating:
            self.error.value = f'<span class="hgw-error">{text(error)}</span>' if error else ""
