"""When the gallery tries again after HeyGen refused a job, and the timer that makes it do so."""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.backoff import Backoff, Schedule, Timer
from heygen_widgets.backoff import timer as backoff_timer

__all__ = ["RETRY_AFTER_CAP", "RETRY_CAP", "RETRY_FIRST", "Schedule", "Timer", "retry_delay", "timer"]

RETRY_FIRST = 5.0  # seconds before the first new try after a 429 that names no Retry-After
RETRY_CAP = 60.0  # the backoff doubles up to this
RETRY_AFTER_CAP = 300.0  # a longer Retry-After is clamped (a bad header must not park the gallery)


def timer(delay: float, fn: Callable[[], None]) -> Timer:
    """The gallery's `Schedule`: `heygen_widgets.backoff.timer`, on a thread named for it."""
    return backoff_timer(delay, fn, "heygen-gallery-retry")


def retry_delay(tries: int, retry_after: float | None) -> float:
    """Seconds before try ``tries + 1``: doubling backoff, never sooner than ``Retry-After``."""
    return Backoff(RETRY_FIRST, 2.0, RETRY_CAP, 0.0, RETRY_AFTER_CAP).delay(tries + 1, retry_after, 0.0)
