"""The feedback box: text, attachments and Send. Nothing typed is lost, nothing is applied twice.

A send whose answer was lost may have reached HeyGen. The box then reads the session and looks
for the message in its log before it says anything: found, it counts as sent; not found, the
text stays and the next Send looks again before sending. It never says "Not sent" for something
that may have been applied.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

import ipywidgets as w

from heygen_widgets.errors import HeyGenError, UncertainOutcomeError
from heygen_widgets.scenes import Scene
from heygen_widgets.session import Data
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets._actions import Guard, explain, report, run_guarded
from heygen_widgets.widgets.html import text
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


EMPTY = "Type your feedback first."


def count(message: str, snapshot: Snapshot | None) -> int:
    """How many of your messages in the session log say ``message`` (none before the first read)."""
    return snapshot.times_sent(message) if snapshot is not None else 0


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
            placeholder="Feedback for the agent, e.g. “add a scene about code review”",
            layout=w.Layout(width="99%", height="64px"),
        )
        self.files = w.FileUpload(multiple=True, accept="image/*,video/*,.pdf", description="Attach")
        self.button = w.Button(description="Send", icon="paper-plane", button_style="primary", disabled=True)
        self.error = w.HTML()
        for widget, css in (
            (self.text, "hgw-feedback"),
            (self.button, "hgw-send"),
            (self.error, "hgw-send-error"),
            (self.files, "hgw-attach"),
        ):
            widget.add_class(css)
        self._allowed = False
        self._guard = Guard(self._show_button)
        self._unconfirmed: tuple[str, int] | None = None  # (message, how many the log held before)
        super().__init__([self.text, w.HBox([self.button, self.files]), self.error])

    def render(self, snapshot: Snapshot) -> None:
        """Send is enabled while the agent waits for the user; a hint about an empty box goes."""
        with self._updating:
            self._allowed = snapshot.can_send
            self._show_button()
            self._forget_empty()

    def _forget_empty(self) -> None:
        """Drop the empty-box hint: it holds only until the session moves.

        A double click on Send, whose first click emptied the box, must not leave it behind.
        """
        with self._updating:
            if EMPTY in self.error.value:
                self.error.value = ""

    def _show_button(self) -> None:
        with self._updating:
            self.button.disabled = self._guard.running is not None or not self._allowed

    def submit(self) -> Future[None] | None:
        """Send what is in the box (on the worker). None when nothing is sent: empty, or already sending."""
        message = self.text.value
        if self._guard.running is not None:
            return None
        if not message.strip():
            self._say(EMPTY)
            return None
        files = [
            Data(bytes(f["content"]), f.get("type") or None, f.get("name") or "attachment")
            for f in self.files.value
        ]
        return run_guarded(
            self._guard,
            "send",
            self._runner,
            lambda: self._deliver(message, files),
            lambda error: self._say(report("show whether your message was sent", error)),
        )

    def _deliver(self, message: str, files: list[Data]) -> None:
        self._say("")
        pending = self._unconfirmed
        if pending is not None and pending[0] == message:
            before = pending[1]
            if not self._settle(message, before):
                return  # in the log after all, or still unknown: not sent again
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
            self._unconfirmed = (message, before)
            self._settle(message, before)
            return
        self._unconfirmed = None
        self._sent(message)

    def _settle(self, message: str, before: int) -> bool:
        """Read the log: True when ``message`` is not in it (so it may be sent); says what it found."""
        try:
            found = count(message, self._read(True)) > before
        except Exception as error:
            report("read the session to look for your message", error)
            self._say(UNCHECKED.format(reason=explain(error)))
            return False
        if found:
            self._unconfirmed = None
            self._sent(message, DELIVERED)
            return False
        self._say(NOT_IN_LOG)
        return True

    def _sent(self, message: str, note: str = "") -> None:
        """Empty the box (traits only: this runs on a worker thread)."""
        with self._updating:
            if self.text.value == message:
                self.text.value = ""  # keep anything typed meanwhile
                self.files.value = ()
            self.error.value = f'<span class="hgw-send-note">{text(note)}</span>' if note else ""

    def _say(self, error: str) -> None:
        with self._updating:
            self.error.value = f'<span class="hgw-error">{text(error)}</span>' if error else ""
