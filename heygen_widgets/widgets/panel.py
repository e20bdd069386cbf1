"""`SessionPanel`: a live Video Agent session in a notebook cell."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import HeyGenError
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller, Subscription, TimedOut
from heygen_widgets.session import Connection, Data, Session
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets import static
from heygen_widgets.widgets.controls import Controls
from heygen_widgets.widgets.feedback import FeedbackBox
from heygen_widgets.widgets.header import Header
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.message_log import MessageLog
from heygen_widgets.widgets.result import ResultView
from heygen_widgets.widgets.runtime import Runner, default_connection, default_poller, default_runner
from heygen_widgets.widgets.storyboard import StoryboardGrid
from heygen_widgets.widgets.style import STYLE


class SessionPanel(w.VBox):
    """The review loop in one cell: messages, storyboard, feedback, approve/stop, the video.

    The cell returns at once; the poller thread updates the panel, and button clicks run on a
    worker thread, so nothing here blocks the notebook. Every update holds ``updating``; each
    time a browser shows the panel, its whole state is sent again (see `live`).
    """

    snapshot: Snapshot | None = None  # the snapshot on screen
    _subscription: Subscription | None = None

    def __init__(
        self,
        session: Session,
        *,
        poller: Poller | None = None,
        runner: Runner | None = None,
        show_app_link: bool = False,
    ) -> None:
        """Show ``session`` and start watching it."""
        self.session = session
        self.poller = poller or default_poller()
        self.runner = runner or default_runner()
        self.updating = threading.RLock()
        follow_views(self, self.updating)
        self.header = Header(show_app_link=show_app_link)
        self.notice = w.HTML()
        self.notice.add_class("hgw-notice")
        self.message_log = MessageLog()
        self.storyboard = StoryboardGrid()
        self.feedback = FeedbackBox(self._send_feedback, self.runner, self.updating)
        self.controls = Controls()
        self.result = ResultView()
        self.controls.approve.on_click(lambda _b: self.act(self.session.approve, "approve"))
        self.controls.stop.on_click(lambda _b: self.act(self.session.stop, "stop"))
        self.controls.refresh.on_click(lambda _b: self.act(self._refresh_now, "refresh"))
        body = w.HBox([self.message_log, self.storyboard], layout=w.Layout(align_items="flex-start"))
        self.message_log.layout.flex = "1 1 55%"
        self.storyboard.layout.flex = "1 1 45%"
        super().__init__(
            [w.HTML(STYLE), self.header, self.notice, body, self.feedback, self.controls, self.result]
        )
        self.add_class("hgw-panel")
        if session.last is not None:
            self.render(session.last)
        self._subscription = self.poller.watch(session, self.on_event)

    def __repr__(self) -> str:
        """Cheap: the session id and status, never widget state."""
        status = self.snapshot.status if self.snapshot else "loading"
        return f"SessionPanel({self.session.session_id!r}, status={status!r})"

    # -- building one ---------------------------------------------------------------------------------

    @classmethod
    def attach(
        cls,
        session_id: str,
        *,
        family: str | None = None,
        connection: Connection | None = None,
        **options: Any,
    ) -> SessionPanel:
        """Reopen an existing session (after a kernel restart, say) and show its current state."""
        conn = connection or default_connection()
        return cls(conn.attach(session_id, family=family), show_app_link=not conn.simulated, **options)

    @classmethod
    def new(cls, connection: Connection | None = None, **options: Any) -> w.VBox:
        """A start form (prompt, orientation, mode, avatar, voice and style pickers) that becomes a panel."""
        from heygen_widgets.widgets.start_form import StartForm  # noqa: PLC0415 - the form imports this module

        return StartForm(connection or default_connection(), **options)

    # -- updating -------------------------------------------------------------------------------------

    def render(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``. Idempotent: an unchanged snapshot sends nothing to the browser."""
        with self.updating:
            if snapshot == self.snapshot:
                return
            self.snapshot = snapshot
            self.header.render(snapshot)
            self.message_log.render(snapshot)
            self.storyboard.render(snapshot)
            self.feedback.render(snapshot)
            self.controls.render(snapshot)
            self.result.render(snapshot)

    def on_event(self, event: Event) -> None:
        """Take an event from the poller (on its thread: traits only)."""
        if isinstance(event, Changed | Finished):
            self.render(event.snapshot)
            self._notify("")
        elif isinstance(event, Failed):
            wait = f" Retrying in {event.retry_in:.0f} s." if event.retry_in else ""
            message = getattr(event.error, "message", None) or str(event.error)
            self._notify(f"Could not refresh: {message}{wait}")
        elif isinstance(event, TimedOut):
            self._notify(
                "Stopped watching: the session took longer than expected. Press Refresh to look again."
            )

    def _notify(self, message: str) -> None:
        value = f'<div class="hgw-notice-text">{text(message)}</div>' if message else ""
        with self.updating:
            if self.notice.value != value:
                self.notice.value = value

    # -- acting ---------------------------------------------------------------------------------------

    def act(self, action: Callable[[], object], name: str) -> None:
        """Run a button's action on the worker; the buttons wait, errors show in the notice."""
        self._set_busy(True)

        def work() -> None:
            try:
                action()  # a send, approve or stop nudges the poller through the session itself
                self._notify("")
            except HeyGenError as exc:
                self._notify(f"Could not {name}: {exc.message}")
                raise
            finally:
                self._set_busy(False)

        self.runner.submit(work)

    def _set_busy(self, busy: bool) -> None:
        with self.updating:
            self.controls.busy = busy
            if self.snapshot is not None:
                self.controls.render(self.snapshot)

    def _refresh_now(self) -> None:
        self.render(self.session.refresh())

    def _send_feedback(self, message: str, files: Sequence[Data]) -> None:
        self.session.send(message, files=list(files) or None)

    def close(self) -> None:
        """Stop watching and close every widget of the panel."""
        if self._subscription is not None:
            self._subscription.cancel()
            self._subscription = None
        with self.updating:  # not while a poll or a click is changing what the panel shows
            for child in self.children:
                child.close()
            super().close()

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The live view, plus a static snapshot for places without a kernel (nbconvert, GitHub)."""
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        snapshot = self.snapshot or self.session.last
        if snapshot is not None:
            bundle["text/plain"] = static.plain(snapshot)
            bundle["text/html"] = static.html(snapshot)
        return bundle


def session_panel(prompt: str, *, connection: Connection | None = None, **create: Any) -> SessionPanel:
    """Create a session and show it in one call; ``create`` takes `Connection.create`'s options."""
    conn = connection or default_connection()
    session = conn.create(prompt, **create)
    session.refresh()  # one read now, so the panel (and a saved notebook) shows the session at once
    return SessionPanel(session, show_app_link=not conn.simulated)
