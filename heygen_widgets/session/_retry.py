"""How patiently to retry, how long to wait for an answer, and what ``Retry-After`` says.

Plain values and arithmetic for `heygen_widgets.session.transport`, which applies them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, fields, replace
from email.utils import parsedate_to_datetime

import httpx

from heygen_widgets.backoff import Backoff


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry.

    Attributes:
        attempts: Tries in all, the first included.
        timeout_attempts: Tries in all when they time out: a server that accepts and does not
            answer is asked again once, not ``attempts`` times.
        base: First backoff in seconds; it doubles per retry, with full jitter.
        cap: Longest backoff between two tries.
        max_retry_after: The longest ``Retry-After`` honoured; longer ones are clamped.
    """

    attempts: int = 4
    timeout_attempts: int = 2
    base: float = 0.5
    cap: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, retry_after: float | None, jitter: float) -> float:
        """Seconds to wait after try ``attempt`` (0 for the first), by `Backoff`.

        The backoff doubles from `base` up to `cap`, less up to half at random (``jitter`` is a
        number in [0, 1)), and is never shorter than ``retry_after``.
        """
        backoff = Backoff(self.base, 2.0, self.cap, 0.5, self.max_retry_after)
        return backoff.delay(attempt + 1, retry_after, 1.0 - jitter)


ONE_ATTEMPT = RetryPolicy(attempts=1, timeout_attempts=1)


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait, by what is waited for.

    With the defaults, `Connection.attach` of an address that accepts and never answers fails
    within about 13 s (two reads of 6 s), and a create within 20 s (one try: it is never repeated).

    Attributes:
        connect: To open a connection.
        read: For the answer to a read (or ``stop``).
        change: For the answer to a create, a message or an upload, and to send its body.
        poll: For the answer to a poller's read: one slow session must not hold a worker long.
    """

    connect: float = 5.0
    read: float = 6.0
    change: float = 20.0
    poll: float = 5.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"Timeouts.{f.name} must be a positive number of seconds, not {value!r}")

    def at_most(self, seconds: float) -> Timeouts:
        """The same timeouts, none longer than ``seconds``."""
        return replace(self, **{f.name: min(getattr(self, f.name), seconds) for f in fields(self)})

    def answer(self, *, safe: bool, poll: bool) -> float:
        """The read timeout for one request."""
        return self.poll if poll else self.read if safe else self.change

    def for_request(self, *, safe: bool, poll: bool) -> httpx.Timeout:
        """The httpx timeouts for one request."""
        answer = self.answer(safe=safe, poll=poll)
        return httpx.Timeout(connect=self.connect, read=answer, write=self.change, pool=self.read)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A ``Retry-After`` header as seconds from now: a number of seconds or an HTTP date.

    The one place the header is read. A date in the past is 0; anything unreadable is None.
    ``now`` is the wall clock in seconds since the epoch (default: now).
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(seconds, 0.0) if math.isfinite(seconds) else None
