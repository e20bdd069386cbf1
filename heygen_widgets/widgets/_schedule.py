"""When the gallery tries again after HeyGen refused a job, and the timer that makes it do so."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from heygen_widgets.backoff import Backoff

RETRY_FIRST = 5.0  # seconds before the first new try after a 429 that names no Retry-After
RETRY_CAP = 60.0  # the backoff doubles up to this
RETRY_AFTER_CAP = 300.0  # a longer Retry-After is clamped (a bad header must not park the gallery)


class Timer(Protocol):
    """A scheduled call that can be called off (`threading.Timer` is one)."""

    def cancel(self) -> None:
        """Do not run it."""
        ...


Schedule = Callable[[float, Callable[[], None]], Timer]
"""``schedule(delay, fn)`` runs ``fn`` after ``delay`` seconds (tests pass one that waits to be told)."""


def timer(delay: float, fn: Callable[[], None]) -> Timer:
    """The default `Schedule`: a daemon `threading.Timer`."""
    thread = threading.Timer(delay, fn)
    thread.daemon = True
    thread.name = "heygen-gallery-retry"
    thread.start()
    return thread


def retry_delay(tries: int, retry_after: float | None) -> float:
    """Seconds before try ``tries + 1``: doubling backoff, never sooner than ``Retry-After``."""
    return Backoff(RETRY_FIRST, 2.0, RETRY_CAP, 0.0, RETRY_AFTER_CAP).delay(tries + 1, retry_after, 0.0)
