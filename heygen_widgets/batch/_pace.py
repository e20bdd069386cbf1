"""How many of a batch's sessions may run at once, and the one timer that brings it back later.

HeyGen's job limit (10 per account) is shared with every other tool on the account, so a
batch cannot know how many of its slots are free: a 429 says the account is full. The batch
then runs no more than it has running (at least one), tries again after a backoff, and grows
back by one after each of its sessions finishes, and by one more at each probe on the backoff
while queued rows wait, up to ``concurrency``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from heygen_widgets.backoff import Backoff, Schedule, Timer

RETRY = Backoff(start=5.0, factor=2.0, cap=60.0, jitter=0.0, retry_after_max=300.0)
"""After a refused create: the gallery's numbers (5 s, doubling to 60 s, ``Retry-After`` up to 300 s)."""


class Slots:
    """The batch's concurrency right now: ``concurrency``, less while HeyGen refuses new jobs."""

    def __init__(self, concurrency: int) -> None:
        """Start at ``concurrency``."""
        self.concurrency = concurrency
        self.limit = concurrency
        self.refusals = 0  # 429s in a row, for the backoff

    def open(self, running: int) -> bool:
        """Whether one more session may start while ``running`` run."""
        return running < self.limit

    def refused(self, running: int, retry_after: float | None) -> float:
        """A create got 429 while ``running`` ran: hold at that many; return the wait before the next try."""
        self.refusals += 1
        self.limit = max(1, min(self.limit, running))
        return RETRY.delay(self.refusals, retry_after, 0.0)

    def accepted(self) -> None:
        """A create went through: the backoff starts over."""
        self.refusals = 0

    def freed(self) -> None:
        """One of the batch's sessions finished: grow back by one."""
        self.limit = min(self.concurrency, self.limit + 1)

    def probe(self, running: int) -> None:
        """The wait after a refusal is over: allow one more than run now."""
        self.limit = min(self.concurrency, max(self.limit, running + 1))

    def held_down(self) -> bool:
        """Whether refusals keep the batch below its concurrency (a probe later may raise it)."""
        return self.limit < self.concurrency

    def next_probe(self) -> float:
        """Seconds until the batch tries one more session than it runs, while held down.

        Its own sessions may never free a slot (a stuck one, a long render), while other tools
        on the account do: so the batch asks again on the backoff, not only after a finish.
        """
        return RETRY.delay(max(self.refusals, 1), None, 0.0)


class Later:
    """At most one pending call of ``fn`` on ``schedule``; asking for an earlier one replaces it."""

    def __init__(
        self, schedule: Schedule, fn: Callable[[], None], clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Nothing is scheduled until `ask`."""
        self._schedule, self._fn, self._clock = schedule, fn, clock
        self._lock = threading.RLock()
        self._timer: Timer | None = None
        self._due = 0.0
        self._closed = False

    def ask(self, delay: float) -> None:
        """Call ``fn`` in ``delay`` seconds, unless a call is already due by then."""
        with self._lock:
            due = self._clock() + delay
            if self._closed or (self._timer is not None and self._due <= due):
                return
            if self._timer is not None:
                self._timer.cancel()
            self._timer, self._due = None, due
            self._timer = self._schedule(delay, self._fire)

    @property
    def pending(self) -> bool:
        """Whether a call is scheduled."""
        return self._timer is not None

    def _fire(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._timer = None
        self._fn()

    def cancel(self, *, close: bool = False) -> None:
        """Call off the pending call; with ``close``, schedule nothing more."""
        with self._lock:
            self._closed = self._closed or close
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
