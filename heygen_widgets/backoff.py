"""How long to wait before trying again (``Retry-After`` is the floor), and the timer that waits.

Three callers try again on their own clock: the transport between the tries of one call
(`heygen_widgets.session.RetryPolicy`), the poller between failed polls
(`heygen_widgets.poller.Pace`), and a batch between refused creates. They differ in their
numbers, not in the rule, which lives here. The ``Retry-After`` header itself is read in one
place too, `heygen_widgets.session.transport.retry_after_seconds`, into an error's
``retry_after``; `hint` reads it back off the error.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter, never shorter than the server's hint.

    Attributes:
        start: The wait after the first failure, in seconds.
        factor: Each further failure in a row multiplies the wait by this.
        cap: The longest wait the backoff alone gives.
        jitter: Waits are shortened by up to this fraction, at random, so callers that failed
            together do not try again together. Between 0 and 1.
        retry_after_max: A server's hint is honoured up to this; a longer one is clamped, so a
            bad header cannot park a caller for hours.
    """

    start: float
    factor: float
    cap: float
    jitter: float
    retry_after_max: float

    def delay(self, failures: int, retry_after: float | None, spread: float) -> float:
        """Seconds to wait after ``failures`` failures in a row (1 for the first).

        Args:
            failures: How many tries in a row have failed, including the last.
            retry_after: The server's hint in seconds, if any: a floor the jitter cannot cut.
            spread: A number in [0, 1) that picks the jitter; 0 means none.
        """
        exponent = min(max(failures, 1) - 1, 64)  # 2**64 seconds is past any cap
        wait = min(self.start * self.factor**exponent, self.cap) * (1 - self.jitter * spread)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.retry_after_max))
        return wait


def hint(error: BaseException) -> float | None:
    """An error's ``retry_after`` in seconds when it has a usable one (duck-typed), else None."""
    value = getattr(error, "retry_after", None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


class Timer(Protocol):
    """A scheduled call that can be called off (`threading.Timer` is one)."""

    def cancel(self) -> None:
        """Do not run it."""
        ...


Schedule = Callable[[float, Callable[[], None]], Timer]
"""``schedule(delay, fn)`` runs ``fn`` after ``delay`` seconds (tests pass one that waits to be told)."""


def timer(delay: float, fn: Callable[[], None], name: str = "heygen-retry") -> Timer:
    """The default `Schedule`: a daemon `threading.Timer`."""
    thread = threading.Timer(delay, fn)
    thread.daemon = True
    thread.name = name
    thread.start()
    return thread
