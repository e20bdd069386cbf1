"""The feedback box: text, attachments and Send. Text that fails to send stays, with the error."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

import ipywidgets as w

from heygen_widgets.errors import HeyGenError
from heygen_widgets.session import Data
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.runtime import Runner

SendFn = Callable[[str, Sequence[Data]], None]


class FeedbackBox(w.VBox):
    """Where the user writes to the agent."""

    def __init__(self, send: SendFn, runner: Runner, updating: threading.RLock | None = None) -> None:
        """``send(message, files)`` talks to HeyGen; ``runner`` runs it off the kernel's main thread.

        ``updating`` is the panel's lock, held while the box changes what it shows.
        """
        self._post, self._runner = send, runner
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
        self.button.on_click(lambda _b: self.submit())
        self._allowed = False
        self._sending = False
        super().__init__([self.text, w.HBox([self.button, self.files]), self.error])

    def render(self, snapshot: Snapshot) -> None:
        """Send is enabled while the agent waits for the user."""
        with self._updating:
            self._allowed = snapshot.can_send
            self.button.disabled = self._sending or not self._allowed

    def submit(self) -> Future[None] | None:
        """Send what is in the box; on failure the text stays and the error shows. None if nothing sent."""
        message = self.text.value
        if not message.strip():
            with self._updating:
                self.error.value = '<span class="hgw-error">Type your feedback first.</span>'
            return None
        files = [
            Data(bytes(f["content"]), f.get("type") or None, f.get("name") or "attachment")
            for f in self.files.value
        ]
        with self._updating:
            self._sending = True
            self.button.disabled = True
            self.error.value = ""
        return self._runner.submit(lambda: self._deliver(message, files))

    def _deliver(self, message: str, files: list[Data]) -> None:
        try:
            self._post(message, files)
        except HeyGenError as exc:
            self._finish(f"Not sent: {exc.message}")
            raise
        except Exception as exc:
            self._finish(f"Not sent: {type(exc).__name__}: {exc}")
            raise
        self._finish(None, sent=message)

    def _finish(self, error: str | None, sent: str | None = None) -> None:
        """Set the outcome's traits (called from a worker thread: traits only)."""
        with self._updating:
            self._sending = False
            if sent is not None and self.text.value == sent:
                self.text.value = ""  # keep anything typed meanwhile
                self.files.value = ()
            self.error.value = f'<span class="hgw-error">{text(error)}</span>' if error else ""
            self.button.disabled = not self._allowed
