"""`Schedule`: which watched sessions are due, who reads them, and what their reads mean.

The poller's scheduler thread (or a test, through `Poller.poll_once`) drives it: `start_due`
hands due sessions to the workers as the request budget allows, `finished` takes in what the
workers read, `until_next` says how long nothing needs doing. It never waits for a read except
in ``finished(block=True)``, and it never delivers: the poller does, outside the lock.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from heygen_widgets.poller._budget import Budget
from heygen_widgets.poller._workers import Workers
from heygen_widgets.poller.events import Pollable
from heygen_widgets.poller.pace import Pace
from heygen_widgets.poller.watcher import Deliveries, Watcher
from heygen_widgets.snapshot import Phase, Snapshot

Result = tuple[Watcher, float, "Snapshot | Exception", int]  # watcher, expected cost, outcome, cost
FIRST_READ = 6  # a first read also fetches the storyboard: in chat mode one request per image (3-6)


@dataclass(frozen=True)
class StuckAfter:
    """Seconds a session may stay unchanged before it is told `Stuck`, by what it is doing."""

    working: float
    rendering: float

    def for_snapshot(self, snapshot: Snapshot) -> float | None:
        """The threshold for this snapshot's phase, or None while it waits for the user or is finished."""
        if snapshot.phase is Phase.WORKING or snapshot.phase is Phase.UNKNOWN:
            return self.working
        if snapshot.rendering:
            return self.rendering
        return None


class Schedule:
    """The watched sessions' schedule; each method takes ``lock`` itself."""

    def __init__(
        self,
        *,
        lock: threading.Lock,
        clock: Callable[[], float],
        pace: Pace,
        budget: Budget,
        workers: Workers,
        stuck: StuckAfter,
        random: Callable[[], float],
        wake: threading.Event,
    ) -> None:
        """Empty; the poller adds watchers to `watchers` under ``lock``."""
        self.watchers: dict[str, Watcher] = {}
        self.closed = False
        self._lock, self._clock, self._pace = lock, clock, pace
        self._budget, self._workers, self._stuck = budget, workers, stuck
        self._random, self._wake = random, wake
        self._done: queue.SimpleQueue[Result] = queue.SimpleQueue()  # reads the workers finished
        self._first_cost: int | None = None  # what a first read costs: the most one has cost so far

    def start_due(self) -> tuple[int, Deliveries]:
        """Hand due sessions to free workers, nudged first, then the longest overdue, as the budget allows."""
        with self._lock:
            if self.closed:
                return 0, []
            now = self._clock()
            deliveries: Deliveries = []
            due = []
            for watcher in self.watchers.values():
                if watcher.due(now) and now >= watcher.expires:
                    deliveries += watcher.time_out()
                elif watcher.due(now):
                    due.append(watcher)
            due.sort(key=lambda w: (not w.quick(now), w.next_due))
            free = self._workers.size - sum(w.in_flight for w in self.watchers.values())
            started = 0
            for index, watcher in enumerate(due):
                if started == free:
                    break
                expected = self._expected(watcher)
                if not self._budget.try_spend(expected):
                    for held in due[index:]:
                        held.held = True
                    break
                deliveries += watcher.start(now)
                self._workers.submit(self._reader(watcher, expected))
                started += 1
            return started, deliveries

    def finished(self, *, block: bool) -> Deliveries:
        """Take in the reads the workers finished (waiting for one first when ``block``)."""
        results = [self._done.get()] if block else []
        while True:
            try:
                results.append(self._done.get_nowait())
            except queue.Empty:
                break
        deliveries: Deliveries = []
        with self._lock:
            for watcher, expected, outcome, cost in results:
                deliveries += self._record(watcher, expected, outcome, cost)
        return deliveries

    def in_flight(self) -> bool:
        """True while a worker reads a session, or a read waits to be taken in."""
        with self._lock:
            return any(w.in_flight for w in self.watchers.values()) or not self._done.empty()

    def until_next(self, idle: float) -> float:
        """Seconds until a session is due and the budget lets it go; ``idle`` when none is waiting."""
        with self._lock:
            now = self._clock()
            waiting = [w for w in self.watchers.values() if w.active and not w.in_flight]
            if not waiting:
                return idle  # a read in flight wakes the scheduler when it returns
            first = min(waiting, key=lambda w: w.next_due)
            if first.next_due > now:
                return first.next_due - now
            return self._budget.wait_for(self._expected(first))  # due: the budget holds it back

    def _expected(self, watcher: Watcher) -> float:
        if watcher.cost is not None:
            return float(watcher.cost)
        return float(self._first_cost or FIRST_READ)

    def _reader(self, watcher: Watcher, expected: float) -> Callable[[], None]:
        def read() -> None:  # on a worker
            outcome, cost = read_once(watcher.session)
            self._done.put((watcher, expected, outcome, cost))
            self._wake.set()

        return read

    def _record(
        self, watcher: Watcher, expected: float, outcome: Snapshot | Exception, cost: int
    ) -> Deliveries:
        watcher.in_flight = False
        self._budget.settle(expected, cost)
        if watcher.cost is None:
            self._first_cost = max(self._first_cost or 0, cost)
        watcher.cost = cost
        if self.closed or self.watchers.get(watcher.session.session_id) is not watcher:
            return []  # closed, or every subscriber cancelled meanwhile
        now = self._clock()
        if isinstance(outcome, Exception):
            return watcher.record_error(outcome, now, self._pace, self._random())
        return watcher.record_snapshot(outcome, now, self._pace, self._stuck.for_snapshot(outcome))


def read_once(session: Pollable) -> tuple[Snapshot | Exception, int]:
    """Read a session once, as the poller does: (snapshot or error, requests it sent).

    A session that offers ``poll()`` (one attempt per request, no sleeping) is read with it,
    otherwise with ``refresh()``; one that counts ``poll_requests`` is charged that, otherwise 1.
    """
    poll = getattr(session, "poll", None)
    before = _meter(session)
    try:
        outcome: Snapshot | Exception = poll() if callable(poll) else session.refresh()
    except Exception as error:  # the session layer's errors, whatever they are
        outcome = error
    after = _meter(session)
    return outcome, after - before if before is not None and after is not None else 1


def _meter(session: Pollable) -> int | None:
    count = getattr(session, "poll_requests", None)
    return count if isinstance(count, int) and not isinstance(count, bool) else None
