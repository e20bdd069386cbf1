"""The timer the gallery's batch tries again on after HeyGen refused a job, and the numbers it uses.

The batch owns the rule (`heygen_widgets.batch._pace.RETRY`: 5 s, doubling to 60 s, never
sooner than ``Retry-After``, which is clamped to 300 s); the names here read it, for callers
that know the gallery's.
"""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.backoff import Schedule, Timer
from heygen_widgets.backoff import timer as backoff_timer
from heygen_widgets.batch._pace import RETRY

__all__ = ["RETRY_AFTER_CAP", "RETRY_CAP", "RETRY_FIRST", "Schedule", "Timer", "retry_delay", "timer"]

RETRY_FIRST = RETRY.start  # seconds before the first new try after a 429 that names no Retry-After
RETRY_CAP = RETRY.cap  # the backoff doubles up to this
RETRY_AFTER_CAP = RETRY.retry_after_max  # a longer Retry-After is clamped


def timer(delay: float, fn: Callable[[], None]) -> Timer:
    """The gallery's `Schedule`: `heygen_widgets.backoff.timer`, on a thread named for it."""
    return backoff_timer(delay, fn, "heygen-gallery-retry")


def retry_delay(tries: int, retry_after: float | None) -> float:
    """Seconds before try ``tries + 1``: the batch's backoff, never sooner than ``Retry-After``."""
    return RETRY.delay(tries + 1, retry_after, 0.0)
