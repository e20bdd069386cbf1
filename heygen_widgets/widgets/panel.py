"""`SessionPanel`: a live Video Agent session in a notebook cell."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any

import ipywidgets as w

from heygen_widgets.poller import (
    Changed,
    Event,
    Failed,
    Finished,
    Poller,
    Stuck,
    Subscription,
    Throttled,
    TimedOut,
)
from heygen_widgets.session import Connection, Data, Session
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets import static
from heygen_widgets.widgets._actions import Guard, report, run_guarded
from heygen_widgets.widgets._restart import Restart
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets._wiring import Wiring, close_tree
from heygen_widgets.widgets.controls import Controls
from heygen_widgets.widgets.feedback import FeedbackBox
from heygen_widgets.widgets.frame import Frame
from heygen_widgets.widgets.keys import KEYS
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.message_log import MessageLog
from heygen_widgets.widgets.notice import Notice, poller_line
from heygen_widgets.widgets.runtime import Runner, default_connection, default_poller, default_runner
from heygen_widgets.widgets.storyboard import StoryboardGrid
from heygen_widgets.widgets.stuck import UNASKED_TEXT, StuckOffer, started_unasked, stuck_text
from heygen_widgets.widgets.style import STYLE


class SessionPanel(w.VBox):
    """The review loop in one cell: messages, storyboard, feedback, approve/stop, the video.

    The cell returns at once; the poller thread updates the panel, and button clicks run on a
    worker thread, so nothing here blocks the notebook. Each control ignores clicks while its
    action runs, and any failure shows as one line. Every update holds ``updating``; each time a
    browser shows the panel, its whole state is sent again (see `live`).
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
        connection: Connection | None = None,
        prompt: str | None = None,
        create_options: Mapping[str, Any] | None = None,
        ticker: Ticker | None = None,
    ) -> None:
        """Show ``session`` and start watching it.

        Args:
            session: The session to show.
            poller: Defaults to the kernel's poller.
            runner: Where button clicks run; defaults to the kernel's two workers.
            show_app_link: Link the session in HeyGen's web app (only on the real API).
            connection: Where "Start again" creates a new session; without one it is not offered.
            prompt: The prompt the session was created with (else its first message of yours).
            create_options: `Connection.create` options for "Start again" (avatar, style, ...).
            ticker: Moves a render's elapsed time and estimate; defaults to the kernel's ticker.
        """
        self.session = session
        self.poller = poller or default_poller()
        self.runner = runner or default_runner()
        self.updating = threading.RLock()
        self._wiring = Wiring()
        self._guard = Guard(self._show_busy)
        self._closed = False
        follow_views(self, self.updating)
        self._restart = Restart(connection, prompt, create_options)
        self._build(show_app_link, ticker)
        if session.last is not None:
            self.render(session.last)
        self._subscription = self.poller.watch(session, self.on_event)

    def _build(self, show_app_link: bool, ticker: Ticker | None) -> None:
        self.frame = Frame(show_app_link=show_app_link, ticker=ticker, updating=self.updating)
        self.header, self.result = self.frame.header, self.frame.result
        self.notice = Notice(self.updating)
        self.stuck = StuckOffer()
        self.message_log = MessageLog()
        self.storyboard = StoryboardGrid()
        self.feedback = FeedbackBox(
            self._send_feedback,
            self._read,
            self.runner,
            self.updating,
            selection=self.storyboard.selected,
            on_sent=self.storyboard.clear_selection,
        )
        self.storyboard.on_pick = self.feedback.show_selection  # "About: Scene 3, ..." follows the picks
        self.controls = Controls()
        self._saved = static.SavedView()
        clicks: list[tuple[w.Button, Callable[[], object]]] = [
            (self.feedback.button, self.feedback.submit),
            (self.controls.approve, self.approve),
            (self.controls.stop, self.stop),
            (self.controls.refresh, lambda: self.act(self._refresh_now, "refresh")),
            (self.stuck.stop, self.stop),
            (self.stuck.restart, self.start_again),
            (self.result.again, lambda: self.start_again(straight=False)),
        ]
        for button, action in clicks:
            self._wiring.click(button, action)
        self._wiring.later(self.message_log.release)
        body = w.HBox([self.message_log, self.storyboard])  # side by side when wide, stacked when narrow
        body.add_class("hgw-body")
        top = (w.HTML(STYLE + KEYS), self.header, self.result, self.notice, self.stuck)
        super().__init__([*top, body, self.feedback, self.controls])
        self.add_class("hgw-panel")

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
        family: FamilyName | None = None,
        connection: Connection | None = None,
        **options: Any,
    ) -> SessionPanel:
        """Reopen an existing session (after a kernel restart, say) and show its current state."""
        conn = connection or default_connection()
        session = conn.attach(session_id, family=family)
        return cls(session, show_app_link=not conn.simulated, connection=conn, **options)

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
            if started_unasked(self.snapshot, snapshot, self.session.approved):
                self.notice.say("turn", UNASKED_TEXT)
            self.snapshot = snapshot
            self.message_log.render(snapshot, actions=self.session.actions)
            self.storyboard.render(snapshot)
            self.feedback.render(snapshot)
            self._render_turn(snapshot)
            self._saved.follow(snapshot)

    def _render_turn(self, snapshot: Snapshot) -> None:
        """The header's words, the video, and the buttons: what changes when the user acts, too."""
        approving = self.session.approval_pending
        self.frame.render(snapshot, approving=approving, can_restart=self._restart.possible(self.session))
        self.controls.render(snapshot, approved=approving)

    def on_event(self, event: Event) -> None:
        """Take an event from the poller (on its thread: traits only). A failure shows as one line."""
        with self.updating:  # so "Start again" cannot switch sessions between the check and the update
            if self._closed or event.session_id != self.session.session_id:
                return  # closed, or from the session this panel started again
            try:
                self._take(event)
            except Exception as error:  # a bug in showing one update must not go unseen
                self.notice.say("action", report("show the latest update", error))

    def _take(self, event: Event) -> None:
        if isinstance(event, Changed | Finished):
            self.render(event.snapshot)
            self.notice.clear("refresh", "stuck", "action")  # what failed before is moot: it moved
            self.stuck.hide()
        elif isinstance(event, Failed | TimedOut | Throttled):
            self.notice.say(*poller_line(event))
        elif isinstance(event, Stuck):
            can_restart = self._restart.possible(self.session)
            self.notice.say("stuck", stuck_text(event, can_restart=can_restart))
            self.stuck.show(self.session, can_restart=can_restart)

    # -- acting ---------------------------------------------------------------------------------------

    def act(self, action: Callable[[], object], name: str) -> Future[None] | None:
        """Run a button's action on the worker; None when another action still runs (the click is ignored).

        The buttons wait meanwhile, and a failure, whatever it is, shows as one line in the notice.
        """

        def work() -> None:
            self.notice.say("action", "")
            action()  # a send, approve or stop nudges the poller through the session itself

        def failed(error: BaseException) -> None:
            self.notice.say("action", report(name, error))
            self.poller.nudge(self.session.session_id)  # read HeyGen soon, so the controls match it

        return run_guarded(self._guard, name, self.runner, work, failed)

    def approve(self) -> Future[None] | None:
        """Approve the storyboard (the Approve button): the video renders."""
        return self.act(self._approve, "approve")

    def stop(self) -> Future[None] | None:
        """Ask the agent to halt at its next checkpoint (the Stop buttons)."""
        return self.act(self._stop, "stop")

    def start_again(self, *, straight: bool | None = None) -> Future[None] | None:
        """Stop this session and start a new one with the same prompt; the panel then shows the new one.

        In chat mode the new one renders without review when ``straight`` is True (by default:
        when the stuck offer's "straight to video" is ticked).
        """
        session = self.session
        straight = bool(self.stuck.generate.value) if straight is None else straight
        generate = straight and session.family == "chat"
        return self.act(lambda: self._switch(self._restart.run(session, generate=generate)), "start again")

    # The session is looked up when the action runs, not when the button was wired: "Start
    # again" replaces it.
    # Buttons make one try: a full job limit (429) is said at once, never slept on the worker.
    def _approve(self) -> None:
        self.session.approve(patient=False)

    def _stop(self) -> None:
        self.session.stop()

    def _switch(self, started: tuple[Session, str]) -> None:
        session, line = started
        with self.updating:
            if self._closed:
                return
            if self._subscription is not None:
                self._subscription.cancel()
            self.session, self.snapshot = session, None
            self.frame.restart()
            self.stuck.hide()
            self.notice.clear()
            self.notice.say("turn", line)
            self._subscription = self.poller.watch(session, self.on_event)

    def _show_busy(self) -> None:
        busy = self._guard.running is not None
        with self.updating:
            self.controls.busy = busy
            self.stuck.render(busy)
            self.result.again.disabled = busy
            if self.snapshot is not None:
                self._render_turn(self.snapshot)
            else:  # nothing read yet: only Refresh is on
                self.controls.refresh.disabled = busy

    def _refresh_now(self) -> None:
        # One attempt, like the poller's reads: a 429 or an outage is said at once (in the notice),
        # instead of holding the buttons while the retries wait out every Retry-After.
        self.render(self.session.poll())

    def _read(self, fresh: bool) -> Snapshot | None:
        if not fresh:
            return self.session.last
        snapshot = self.session.refresh()
        self.render(snapshot)
        return snapshot

    def _send_feedback(self, message: str, files: Sequence[Data]) -> None:
        self.session.send(message, files=list(files) or None, patient=False)

    def close(self) -> None:
        """Stop watching, and close every widget of the panel; nothing keeps the panel alive after."""
        with self.updating:  # not while a poll or a click is changing what the panel shows
            self._closed = True
            self.frame.close()
            subscription, self._subscription = self._subscription, None
            if subscription is not None:
                subscription.cancel()
            close_tree(self, self._wiring)

    def _ipython_display_(self) -> None:
        """The live view, then the saved view a notebook keeps for places without a kernel."""
        self._saved.show(self.snapshot or self.session.last, super()._repr_mimebundle_() or {})

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The live view, plus a static snapshot for places without a kernel (nbconvert, GitHub)."""
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        snapshot = self.snapshot or self.session.last
        if snapshot is not None:
            bundle["text/plain"] = static.plain(snapshot)
            bundle["text/html"] = static.html(snapshot)
        return bundle
