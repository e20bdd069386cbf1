"""`Budget`: how many requests per second the poller may spend across every watched session.

HeyGen answers 429 with ``Retry-After`` when an account sends too much, and the account's limits
are shared with every other tool using the same key (its 10 concurrent jobs among them). The
default, 5 requests per second (300 a minute), keeps a notebook's background refresh a modest
share of that: ten sessions drafting at once (the most the job limit lets run) are still each
read about every 2 s, sessions under review (every 10 s) or rendering (every 2 to 30 s) barely
feel it, and the one the user just acted on goes first.
"""

from __future__ import annotations

import math
from collections.abc import Callable

DEFAULT_RATE = 5.0


class Budget:
    """A token bucket that may run into debt; the poller holds its lock around every call.

    A poll starts only when the bucket holds what the poll is expected to cost (what the same
    session's previous poll cost); once it returns it is charged what it really cost. So over
    any span of T seconds at most ``rate * T + burst`` requests are sent, give or take the extra
    requests of the few polls in flight that cost more than expected (a first read, say, that
    also fetches a storyboard); the debt they leave is paid back before anything else starts.

    Attributes:
        rate: Requests per second, on average.
        burst: The most the bucket holds: how many requests may go at once after a quiet spell.
    """

    def __init__(self, rate: float, burst: float | None, clock: Callable[[], float]) -> None:
        """A full bucket of ``burst`` (default: three seconds' worth, at least 1) at ``clock()``.

        Three seconds' worth lets the few requests right after a user's action (the session and
        the images of a new storyboard) go at once: with one second's, the reaction to feedback
        waited on the bucket (median 0.70 s against 0.03 s).
        """
        if not (math.isfinite(rate) and rate > 0):
            raise ValueError(f"budget must be a positive number of requests per second, not {rate!r}")
        burst = max(3 * rate, 1.0) if burst is None else burst
        if not (math.isfinite(burst) and burst >= 1):
            raise ValueError(f"burst must be at least 1 request, not {burst!r}")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._at = clock()

    def __repr__(self) -> str:
        return f"Budget(rate={self.rate:g}/s, burst={self.burst:g})"

    def _refill(self) -> None:
        now = self._clock()
        if now > self._at:
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = max(self._at, now)

    def try_spend(self, expected: float) -> bool:
        """Take ``expected`` requests' worth if the bucket has it (a full bucket always will)."""
        self._refill()
        if self._tokens + 1e-9 < min(expected, self.burst):
            return False
        self._tokens -= expected
        return True

    def settle(self, expected: float, spent: float) -> None:
        """A poll that was expected to cost ``expected`` has returned, having sent ``spent``."""
        self._tokens = min(self.burst, self._tokens + expected - spent)

    def wait_for(self, expected: float) -> float:
        """Seconds until `try_spend` of ``expected`` can succeed."""
        self._refill()
        return max(0.0, (min(expected, self.burst) - self._tokens) / self.rate)
