"""The timer the gallery's batch tries again on after HeyGen refused a job.

The rule it waits by is the batch's (`heygen_widgets.batch`: 5 s, doubling to 60 s, never
sooner than ``Retry-After``); the gallery only names the timer's thread.
"""

from __future__ import annotations

from collections.abc import Callable

from heygen_widgets.backoff import Schedule, Timer
from heygen_widgets.backoff import timer as backoff_timer

__all__ = ["Schedule", "Timer", "timer"]


def timer(delay: float, fn: Callable[[], None]) -> Timer:
    """The gallery's `Schedule`: `heygen_widgets.backoff.timer`, on a thread named for it."""
    return backoff_timer(delay, fn, "heygen-gallery-retry")
