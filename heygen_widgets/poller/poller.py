"""`Poller`: a scheduler thread and a few workers refresh any number of sessions, each at its own pace."""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from random import Random
from types import TracebackType

from heygen_widgets.poller._budget import DEFAULT_RATE, Budget
from heygen_widgets.poller._schedule import Schedule, StuckAfter
from heygen_widgets.poller._workers import Workers
from heygen_widgets.poller.events import Pollable, Subscriber
from heygen_widgets.poller.pace import Pace
from heygen_widgets.poller.watcher import Deliveries, Subscription, Watcher
from heygen_widgets.snapshot import Snapshot

logger = logging.getLogger("heygen_widgets.poller")

Wait = Callable[[threading.Event, float], bool]


def _event_wait(event: threading.Event, seconds: float) -> bool:
    return event.wait(seconds)


class Poller:
    """Refreshes watched sessions in the background and tells subscribers what changed.

    One scheduler thread decides which sessions are due, by their `Pace`, and a small fixed
    pool of workers reads them (``workers`` threads, whatever the number of sessions), one
    attempt per read: a slow or rate-limited session holds one worker, never the others, and
    its backoff is scheduled, not slept. The reads share a request budget (``budget`` requests
    per second across every session; sessions the user just acted on go first): when it
    stretches a session's interval its subscribers get `Throttled`. A session that stays in a
    working status with no change past ``stuck_after`` (``stuck_rendering_after`` while it
    renders) gets `Stuck`, once per quiet spell.

    Subscribers are called on the scheduler thread, one at a time: UI code must only set state
    there (widget traits), never display or print. A subscriber that raises is logged at
    warning level and the others still run.

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
        budget: float = DEFAULT_RATE,
        burst: float | None = None,
        workers: int = 4,
        stuck_after: float = 600.0,
        stuck_rendering_after: float = 1200.0,
    ) -> None:
        """Make a poller; its thread starts with the first `watch` (unless ``autostart`` is False).

        Args:
            clock: Monotonic seconds; tests pass a fake.
            wait: ``wait(event, seconds)`` is the one place the scheduler blocks; it returns
                early when ``event`` is set (by `nudge`, `watch`, `close` or a finished read).
                Default: ``event.wait``.
            pace: How often to poll; see `Pace` for the defaults.
            deadline: Seconds after `watch` (or a `nudge` that restarts a stopped watch) after
                which a session that has not finished gets `TimedOut` and is no longer polled.
            autostart: Start the thread on the first `watch`. When False, call `poll_once`
                yourself or `start` later.
            random: Numbers in [0, 1) for the jitter of error backoff; tests pass a constant.
            budget: Requests per second the reads may spend, on average, across every watched
                session. The default (5) leaves most of an account's HeyGen rate limit, which
                other tools share, to them; see ``heygen_widgets.poller._budget``.
            burst: How many requests may go at once after a quiet spell (default: three seconds'
                worth, so the reads a user's action brings, a new storyboard's images among them,
                are not held back).
            workers: Reads in flight at once (threads, and at most as many pooled connections).
            stuck_after: Seconds a drafting session (or one in a status this version does not
                know) may stay unchanged before `Stuck`; drafting normally takes seconds to a
                few minutes.
            stuck_rendering_after: The same while a video renders; renders take 20 to 45
                minutes, and their progress moves all along.
        """
        if not deadline > 0:
            raise ValueError(f"deadline must be a positive number of seconds, not {deadline!r}")
        if not (stuck_after > 0 and stuck_rendering_after > 0):
            raise ValueError("stuck_after and stuck_rendering_after must be positive numbers of seconds")
        self.pace = pace or Pace()
        self.deadline = deadline
        self._clock = clock
        self._wait = wait or _event_wait
        self._autostart = autostart
        self._random = random or Random().random  # noqa: S311 -- jitter, not cryptography
        self._workers = Workers(workers, "heygen-poller-worker")
        self._lock = threading.Lock()  # guards the schedule and the thread handle
        self._stepping = threading.Lock()  # one step at a time
        self._wake = threading.Event()
        self._schedule = Schedule(
            lock=self._lock,
            clock=clock,
            pace=self.pace,
            budget=Budget(budget, burst, clock),
            workers=self._workers,
            stuck=StuckAfter(stuck_after, stuck_rendering_after),
            random=self._random,
            wake=self._wake,
        )
        self._watchers = self._schedule.watchers
        self._followed: weakref.WeakSet[Pollable] = weakref.WeakSet()  # sessions whose actions nudge
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
        """The scheduler thread while it is started, else None."""
        return self._thread

    @property
    def threads(self) -> tuple[threading.Thread, ...]:
        """Every thread of this poller still alive: the scheduler's and the workers' (at most ``workers``)."""
        thread = self._thread
        return ((thread,) if thread is not None and thread.is_alive() else ()) + self._workers.threads

    def poll_once(self) -> float:
        """Poll the due sessions (as the budget allows), deliver, and return seconds until the next is due.

        The reads run on the workers; this waits for them, then delivers their events in the
        order the sessions were first watched. Returns `Pace.idle` when no session is being
        polled. Tests call this with a fake clock; the thread runs `_step` instead, which never
        waits for a read.
        """
        with self._stepping:
            deliveries = self._schedule.finished(block=False)
            while True:
                started, news = self._schedule.start_due()
                deliveries += news
                if not started and not self._schedule.in_flight():
                    break
                deliveries += self._schedule.finished(block=True)
            order = {session_id: n for n, session_id in enumerate(self.session_ids)}
            self._deliver(sorted(deliveries, key=lambda item: order.get(item[0].session_id, len(order))))
            return self._schedule.until_next(self.pace.idle)

    # -- the thread ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the scheduler thread if it is not running; interpreter exit stops it cleanly."""
        with self._lock:
            if self._closed:
                raise RuntimeError("This poller is closed; make a new Poller() to watch sessions.")
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="heygen-poller", daemon=True)
            self._thread.start()
        atexit.register(self.close)

    def close(self, timeout: float = 0.5) -> None:
        """Stop polling; nothing is delivered once this returns. Safe to call twice.

        Waits up to ``timeout`` seconds in all for the threads to end: a worker still inside a
        read (at most its poll timeout) ends on its own, and what it brings back is dropped.
        """
        with self._lock:
            self._closed = self._schedule.closed = True
            thread, self._thread = self._thread, None
        self._stop.set()
        self._wake.set()
        atexit.unregister(self.close)
        deadline = time.monotonic() + timeout
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                logger.warning("The poller thread is still inside a subscriber after %s s.", timeout)
        self._workers.close(max(0.0, deadline - time.monotonic()))

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
            self._wake.clear()  # before stepping, so a nudge or a finished read meanwhile is not lost
            try:
                delay = self._step()
            except Exception:  # a bug here must not end polling for every session
                logger.exception("The poller failed a step; it tries again in %s s.", self.pace.idle)
                delay = self.pace.idle
            if self._stop.is_set():
                break
            self._wait(self._wake, delay)

    def _step(self) -> float:
        """Take in the reads that finished, start the ones due, deliver; never waits for a read."""
        with self._stepping:
            deliveries = self._schedule.finished(block=False)
            deliveries += self._schedule.start_due()[1]
            self._deliver(deliveries)
            return self._schedule.until_next(self.pace.idle)

    def _deliver(self, deliveries: Deliveries) -> None:
        for subscription, event in deliveries:
            if not subscription.active or self._closed:
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

    def _remove(self, subscription: Subscription) -> None:
        with self._lock:
            watcher = self._watchers.get(subscription.session_id)
            if watcher is None or subscription not in watcher.subscribers:
                return
            del watcher.subscribers[subscription]
            if not watcher.subscribers:
                del self._watchers[subscription.session_id]
