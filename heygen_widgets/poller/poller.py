"""`Poller`: one background thread that refreshes any number of sessions, each at its own pace."""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from random import Random
from types import TracebackType

from heygen_widgets.poller.events import Pollable, Subscriber
from heygen_widgets.poller.pace import Pace
from heygen_widgets.poller.watcher import Deliveries, Subscription, Watcher
from heygen_widgets.snapshot import Snapshot

logger = logging.getLogger("heygen_widgets.poller")

Wait = Callable[[threading.Event, float], bool]


def _event_wait(event: threading.Event, seconds: float) -> bool:
    return event.wait(seconds)


class Poller:
    """Refreshes watched sessions on one daemon thread and tells subscribers what changed.

    Each session has its own next-due time, set by its `Pace`; `poll_once` polls the due ones in
    the order they were first watched. Subscribers are called on the poller thread, one at a
    time: UI code must only set state there (widget traits), never display or print. A
    subscriber that raises is logged at warning level and the others still run.

    Example:
        with Poller() as poller:
            poller.watch(session, on_change=lambda event: panel.render(event))
            ...
            poller.nudge(session.session_id)  # after sending feedback or approving
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wait: Wait | None = None,
        pace: Pace | None = None,
        deadline: float = 3600.0,
        autostart: bool = True,
        random: Callable[[], float] | None = None,
    ) -> None:
        """Make a poller; its thread starts with the first `watch` (unless ``autostart`` is False).

        Args:
            clock: Monotonic seconds; tests pass a fake.
            wait: ``wait(event, seconds)`` is the one place the thread blocks; it returns early
                when ``event`` is set (by `nudge`, `watch` or `close`). Default: ``event.wait``.
            pace: How often to poll; see `Pace` for the defaults.
            deadline: Seconds after `watch` (or a `nudge` that restarts a stopped watch) after
                which a session that has not finished gets `TimedOut` and is no longer polled.
            autostart: Start the thread on the first `watch`. When False, call `poll_once`
                yourself or `start` later.
            random: Numbers in [0, 1) for the jitter of error backoff; tests pass a constant.
        """
        if not deadline > 0:
            raise ValueError(f"deadline must be a positive number of seconds, not {deadline!r}")
        self.pace = pace or Pace()
        self.deadline = deadline
        self._clock = clock
        self._wait = wait or _event_wait
        self._autostart = autostart
        self._random = random or Random().random  # noqa: S311 -- jitter, not cryptography
        self._lock = threading.Lock()  # guards the watchers and the thread handle
        self._stepping = threading.Lock()  # one poll_once at a time
        self._watchers: dict[str, Watcher] = {}
        self._followed: weakref.WeakSet[Pollable] = weakref.WeakSet()  # sessions whose actions nudge
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- what callers use ---------------------------------------------------------------------

    def watch(self, session: Pollable, on_change: Subscriber) -> Subscription:
        """Deliver this session's events to ``on_change`` until the subscription is cancelled.

        A session is polled once however many subscribers it has: watching an id that is
        already watched adds a subscriber (the first `Pollable` given keeps being used). Either
        way the session is polled right away, so the new subscriber gets a `Changed` with the
        current snapshot; a watch that had stopped (finished, timed out) restarts.

        Raises:
            RuntimeError: The poller is closed.
        """
        with self._lock:
            if self._closed:
                raise RuntimeError("This poller is closed; make a new Poller() to watch sessions.")
            now = self._clock()
            watcher = self._watchers.get(session.session_id)
            if watcher is None:
                watcher = self._watchers[session.session_id] = Watcher(session, now, self.deadline)
            else:
                watcher.arm(now)
            self._follow_actions(session)
            subscription = Subscription(session.session_id, on_change, self._remove)
            watcher.subscribers[subscription] = None
        if self._autostart:
            self.start()
        self._wake.set()
        return subscription

    def _follow_actions(self, session: Pollable) -> None:
        """Nudge whenever this session object acts (send, approve, stop), from a panel or from code.

        Every object watched for an id is followed once, so any of them acting speeds the poller up.
        """
        on_action = getattr(session, "on_action", None)
        if callable(on_action) and session not in self._followed:
            self._followed.add(session)
            session_id = session.session_id
            on_action(lambda: self.nudge(session_id))

    def nudge(self, session_id: str) -> None:
        """The user just acted: poll this session now, then quickly for a while (`Pace.quick_for`).

        A watch that had stopped (finished, timed out, fatal error) restarts. An error's
        ``retry_after`` is still honoured. Does nothing for a session that is not watched.
        """
        with self._lock:
            watcher = self._watchers.get(session_id)
            if watcher is None:
                return
            watcher.nudge(self._clock(), self.pace)
        self._wake.set()

    def latest(self, session_id: str) -> Snapshot | None:
        """The newest snapshot polled for this session, or None."""
        with self._lock:
            watcher = self._watchers.get(session_id)
            return watcher.latest if watcher is not None else None

    @property
    def session_ids(self) -> tuple[str, ...]:
        """The watched sessions (those with at least one subscriber), in the order first watched."""
        with self._lock:
            return tuple(self._watchers)

    @property
    def thread(self) -> threading.Thread | None:
        """The polling thread while it is started, else None."""
        return self._thread

    def poll_once(self) -> float:
        """Poll every session that is due, deliver the events, and return seconds until the next is due.

        Returns `Pace.idle` when no session is being polled. The thread calls this in a loop;
        tests call it directly.
        """
        with self._stepping:
            with self._lock:
                now = self._clock()
                due = [w for w in self._watchers.values() if w.due(now)]
            for watcher in due:
                self._deliver(self._poll(watcher))
            return self._until_next()

    # -- the thread ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the polling thread if it is not running; interpreter exit stops it cleanly."""
        with self._lock:
            if self._closed:
                raise RuntimeError("This poller is closed; make a new Poller() to watch sessions.")
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="heygen-poller", daemon=True)
            self._thread.start()
        atexit.register(self.close)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the thread and wait up to ``timeout`` seconds for it to end. Safe to call twice.

        The thread ends as soon as a refresh or subscriber it is running returns.
        """
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        self._stop.set()
        self._wake.set()
        atexit.unregister(self.close)
        if thread is None or thread is threading.current_thread():
            return  # nothing started, or a subscriber closed its own poller: the loop ends next
        thread.join(timeout)
        if thread.is_alive():
            logger.warning("The poller thread is still inside a refresh or subscriber after %s s.", timeout)

    def __enter__(self) -> Poller:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "running" if self._thread is not None else "not started"
        return f"<Poller {state}, watching {len(self._watchers)} sessions>"

    # -- inside -------------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()  # before polling, so a nudge during the poll is not lost
            try:
                delay = self.poll_once()
            except Exception:  # a bug here must not end polling for every session
                logger.exception("The poller failed a step; it tries again in %s s.", self.pace.idle)
                delay = self.pace.idle
            if self._stop.is_set():
                break
            self._wait(self._wake, delay)

    def _poll(self, watcher: Watcher) -> Deliveries:
        with self._lock:
            if self._watchers.get(watcher.session.session_id) is not watcher:
                return []  # every subscriber cancelled meanwhile
            if self._clock() >= watcher.expires:
                return watcher.time_out()
        try:
            snapshot = watcher.session.refresh()
        except Exception as error:  # the session layer's errors, whatever they are
            with self._lock:
                return watcher.record_error(error, self._clock(), self.pace, self._random())
        with self._lock:
            return watcher.record_snapshot(snapshot, self._clock(), self.pace)

    def _deliver(self, deliveries: Deliveries) -> None:
        for subscription, event in deliveries:
            if not subscription.active:
                continue
            try:
                subscription.on_change(event)
            except Exception:
                logger.warning(
                    "A subscriber to session %s raised on %s; the others still run.",
                    subscription.session_id,
                    type(event).__name__,
                    exc_info=True,
                )

    def _until_next(self) -> float:
        with self._lock:
            now = self._clock()
            due = [w.next_due for w in self._watchers.values() if w.active]
        return max(0.0, min(due) - now) if due else self.pace.idle

    def _remove(self, subscription: Subscription) -> None:
        with self._lock:
            watcher = self._watchers.get(subscription.session_id)
            if watcher is None or subscription not in watcher.subscribers:
                return
            del watcher.subscribers[subscription]
            if not watcher.subscribers:
                del self._watchers[subscription.session_id]
