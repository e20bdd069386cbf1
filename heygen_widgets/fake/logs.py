"""The simulator's server log, rate-limited: a flood of bad clients cannot fill the disk.

Each minute at most ``per_minute`` records pass; the rest are counted, and the first record of
the next minute says how many were left out. Tracebacks are cut to their last line past the
limit of five per minute, since one of them says what the next hundred would.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

LOGGERS = ("uvicorn", "uvicorn.error", "asyncio", "heygen_widgets.fake")
TRACEBACKS_PER_MINUTE = 5


class RateLimit(logging.Filter):
    """Lets ``per_minute`` records through per minute and counts the others."""

    def __init__(self, per_minute: int = 30, clock: Callable[[], float] = time.monotonic) -> None:
        """Count on ``clock`` (tests pass their own)."""
        super().__init__()
        self.per_minute = per_minute
        self.clock = clock
        self.dropped = 0
        self._window = -1
        self._passed = 0
        self._tracebacks = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        """Pass the record, or count it."""
        with self._lock:
            window = int(self.clock() // 60)
            if window != self._window:
                if self._window >= 0 and self.dropped:
                    record.msg = f"({self.dropped} log lines left out in the last minute) {record.msg}"
                self._window, self._passed, self._tracebacks, self.dropped = window, 0, 0, 0
            if self._passed >= self.per_minute:
                self.dropped += 1
                return False
            self._passed += 1
            if record.exc_info:
                self._tracebacks += 1
                if self._tracebacks > TRACEBACKS_PER_MINUTE:
                    record.msg = f"{record.msg}: {record.exc_info[1]!r}"
                    record.exc_info, record.exc_text = None, None
            return True


_installed: dict[str, RateLimit] = {}


def limit_server_logs(per_minute: int) -> None:
    """Rate-limit the loggers the server writes to (once per process; a later call sets the rate)."""
    for name in LOGGERS:
        limit = _installed.get(name)
        if limit is None:
            limit = _installed[name] = RateLimit(per_minute)
            logging.getLogger(name).addFilter(limit)
        limit.per_minute = per_minute
