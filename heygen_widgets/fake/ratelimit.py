"""An optional per-key request rate limit, answered with 429 and ``Retry-After``."""

from __future__ import annotations

import threading
from collections import defaultdict, deque

from starlette.requests import Request

from heygen_widgets.fake.clock import Clock
from heygen_widgets.fake.errors import rate_limited


class RateLimiter:
    """At most ``per_second`` requests per API key in any one second of ``clock`` (None: no limit).

    In step mode the clock stands still between steps, so the limit is exact in tests.
    """

    def __init__(self, per_second: float | None, clock: Clock) -> None:
        """Count requests on ``clock``."""
        self.per_second = per_second
        self.clock = clock
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, request: Request) -> None:
        """Raise a 429 when this caller is over the limit."""
        if self.per_second is None:
            return
        caller = request.headers.get("x-api-key") or request.headers.get("authorization", "")
        now = self.clock.now()
        with self._lock:
            recent = self._recent[caller]
            while recent and now - recent[0] >= 1.0:
                recent.popleft()
            if len(recent) >= self.per_second:
                raise rate_limited(1)
            recent.append(now)
