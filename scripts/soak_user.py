"""The soak's people: a scripted user who reviews panels, and a starter who presses Start.

Also the runner their clicks go through, which counts what the clicks met.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from heygen_widgets.errors import RateLimitError, UncertainOutcomeError
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller, Stuck, Throttled
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets import SessionPanel

if TYPE_CHECKING:
    from scripts.soak_run import Figures

TRIES_PER_VIEW = 10  # clicks the scripted user makes on one unchanged view before waiting for a change
PAUSE_AFTER_FAILURE = 3.0  # seconds a person takes to read a failure's line before clicking again


class ScriptedUser:
    """Reviews each panel like a person: one piece of feedback, then approve once the reply is in."""

    def __init__(self, figures: Figures) -> None:
        self.figures = figures
        self.todo: queue.Queue[SessionPanel | None] = queue.Queue()
        self.sent: dict[str, str] = {}  # session id -> the feedback typed
        self.approved: set[str] = set()
        self.outcome: dict[str, str] = {}  # session id -> finished | stuck
        self.phases: dict[str, list[tuple[float, Phase]]] = defaultdict(list)
        self.changed = threading.Event()
        self.stopping = threading.Event()  # set when the run ends: no more pauses
        self.resume_at = 0.0
        self.lock = threading.Lock()
        self.tries: dict[str, tuple[Snapshot | None, int]] = {}  # session id -> what was on screen, tries
        self.throttled: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
        self.thread = threading.Thread(target=self._run, name="soak-user", daemon=True)

    def on_event(self, panel: SessionPanel, event: Event) -> None:
        """The user's eyes: runs on the poller thread, so it only queues work."""
        if isinstance(event, Changed):
            self.phases[event.snapshot.session_id].append((time.monotonic(), event.snapshot.phase))
            if event.snapshot.phase is Phase.REVIEW:
                self.todo.put(panel)
        elif isinstance(event, Finished):
            self.outcome[event.session_id] = "finished"
            self.changed.set()
        elif isinstance(event, Stuck):
            self.outcome.setdefault(event.session_id, "stuck")
            self.changed.set()
        elif isinstance(event, Throttled):
            self.throttled[event.session_id].append((time.monotonic(), event.interval))
        elif isinstance(event, Failed):
            with self.lock:
                self.figures.errors_occurred += 1
                self.figures.errors_shown += bool(panel.notice.value)  # the panel's subscriber ran first

    def look_again(self, panels: list[SessionPanel]) -> None:
        """After each action the user reads the panels again and acts on what they show."""
        for panel in panels:
            self.todo.put(panel)

    def pause(self) -> None:
        """After a failure a person reads the line and waits a moment before clicking again."""
        self.resume_at = time.monotonic() + PAUSE_AFTER_FAILURE

    def _run(self) -> None:
        while (panel := self.todo.get()) is not None:
            wait = self.resume_at - time.monotonic()
            if wait > 0:
                self.stopping.wait(wait)
            self._act(panel)

    def _act(self, panel: SessionPanel) -> None:
        snap, sid = panel.snapshot, panel.session.session_id
        tries = self.tries.get(sid)
        if tries is not None and tries[0] is snap and tries[1] >= TRIES_PER_VIEW:
            return  # a person tries a few times, then waits for the panel to change
        self.tries[sid] = (snap, tries[1] + 1 if tries is not None and tries[0] is snap else 1)
        if (
            snap is None
            or snap.phase is not Phase.REVIEW
            or (snap.messages[-1:] and snap.messages[-1].role == "user")
        ):
            return
        typed = self.sent.get(sid)
        if typed is None:
            self.sent[sid] = f"Soak feedback for {sid}: add a scene about code review."
            panel.feedback.text.value = self.sent[sid]
            panel.feedback.button.click()
        elif panel.feedback.text.value == typed:  # not confirmed yet: Send again (the panel checks first)
            if not panel.feedback.button.disabled:
                panel.feedback.button.click()
        elif not panel.controls.approve.disabled:  # again after a failed try: the session checks first
            self.approved.add(sid)
            panel.controls.approve.click()


class CountingRunner:
    """Runs clicks on two threads; after each, the user looks again and failures are counted.

    A failure counts as shown when, once its action is over, a panel shows a line about it.
    """

    def __init__(self, figures: Figures, panels: list[SessionPanel], user: ScriptedUser) -> None:
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="soak-action")
        self.figures, self.panels, self.user = figures, panels, user
        self.lock = threading.Lock()
        self.failures = _FailureLog()
        logging.getLogger("heygen_widgets").addHandler(self.failures)

    def submit(self, fn: Callable[[], None], /) -> Future[None]:
        """Run ``fn``, then count what it reported and let the user look again."""

        def counted() -> None:
            before = self.failures.here()
            try:
                fn()
            finally:
                if self.failures.here() > before:
                    with self.lock:
                        self.figures.errors_occurred += 1
                        self.figures.errors_shown += any(_error_lines(p) for p in self.panels)
                    self.user.pause()
                self.user.look_again(self.panels)

        return self.pool.submit(counted)

    def close(self) -> None:
        """Wait for running actions and stop listening to the log."""
        self.pool.shutdown(wait=True)
        logging.getLogger("heygen_widgets").removeHandler(self.failures)


class _FailureLog(logging.Handler):
    """Counts, per thread, the failures the widgets log (they log each one they show)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[int, int] = defaultdict(int)

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[threading.get_ident()] += 1

    def here(self) -> int:
        return self.counts[threading.get_ident()]


def _error_lines(panel: SessionPanel) -> int:
    return int(bool(panel.notice.value)) + int(bool(panel.feedback.error.value))


class Starter:
    """Starts the panels' sessions one by one, as a person pressing Start would.

    A 429 (HeyGen's job limit, shared with other tools) waits for its ``Retry-After`` and tries
    again, since nothing was created; a create whose answer was lost is never tried again.
    """

    def __init__(
        self,
        conn: Connection,
        *,
        poller: Poller,
        runner: CountingRunner,
        user: ScriptedUser,
        panels: list[SessionPanel],
        count: int,
    ) -> None:
        self.conn, self.poller, self.runner, self.user = conn, poller, runner, user
        self.panels, self.count = panels, count
        self.uncertain = 0
        self.done = threading.Event()
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="soak-starter", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            for n in range(self.count):
                self._start(f"Soak panel {n}: cover ingestion, dashboards and alerts.")
                if self._stop.is_set():
                    return
        finally:
            self.done.set()
            self.user.changed.set()

    def _start(self, prompt: str) -> None:
        while not self._stop.is_set():
            try:
                session = self.conn.create(prompt)
            except RateLimitError as error:
                self._stop.wait(min(error.retry_after or 5.0, 60.0))
                continue
            except UncertainOutcomeError:
                self.uncertain += 1
                return
            panel = SessionPanel(session, poller=self.poller, runner=self.runner)
            self.panels.append(panel)
            self.poller.watch(session, _subscriber(self.user, panel))
            return

    def close(self) -> None:
        """Start nothing more; wait for a create under way."""
        self._stop.set()
        self.thread.join(30)


def _subscriber(user: ScriptedUser, panel: SessionPanel) -> Callable[[Event], None]:
    return lambda event: user.on_event(panel, event)
