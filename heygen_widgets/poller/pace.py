"""How often to poll a session: by phase, faster after the user acts, slower after errors.

`Pace` holds the numbers and the pure arithmetic; the poller keeps the per-session state
(failures so far, the current render interval) and asks `Pace` for the next wait.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from heygen_widgets.backoff import Backoff, hint
from heygen_widgets.snapshot import Phase


@dataclass(frozen=True)
class Pace:
    """Seconds between polls of one session. Every field must be positive.

    Attributes:
        quick: Right after `Poller.nudge`: the user just acted, so an answer is near.
        quick_for: How long the quick pace lasts after a nudge.
        working: While the agent drafts or revises (`Phase.WORKING`) or the status is unknown.
        review: While the session waits for the user (`Phase.REVIEW`); nothing changes until
            the user acts, and acting nudges.
        rendering_start: The first interval while the video renders, and the value it returns
            to whenever the snapshot changes.
        rendering_factor: Each unchanged poll while rendering multiplies the interval by this.
        rendering_max: The longest interval while rendering (renders take 20 to 45 minutes).
        error_start: The wait after the first failed poll in a row. A poll is one attempt (the
            poller's reads never retry on their own), so the first retries come quickly, as a
            script's would, and only a failure that lasts slows the session down.
        error_factor: Each further failure in a row multiplies the wait by this.
        error_max: The longest wait after failures.
        jitter: Waits after failures are shortened by up to this fraction, at random, so many
            sessions that failed together do not retry together. Between 0 and 1.
        retry_after_max: An error's ``retry_after`` is honoured as a minimum wait up to this.
        idle: What `Poller.poll_once` returns when nothing is being polled.
    """

    quick: float = 0.5
    quick_for: float = 10.0
    working: float = 1.0
    review: float = 10.0
    rendering_start: float = 2.0
    rendering_factor: float = 1.5
    rendering_max: float = 30.0
    error_start: float = 0.5
    error_factor: float = 1.5
    error_max: float = 30.0
    jitter: float = 0.2
    retry_after_max: float = 120.0
    idle: float = 60.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not (math.isfinite(value) and value > 0) and not (f.name == "jitter" and value == 0):
                raise ValueError(f"Pace.{f.name} must be a positive number of seconds, not {value!r}")
        if self.jitter >= 1:
            raise ValueError(f"Pace.jitter is a fraction below 1 (for example 0.2), not {self.jitter!r}")
        if self.rendering_factor < 1 or self.error_factor < 1:
            raise ValueError("Pace.rendering_factor and Pace.error_factor must be at least 1")

    def steady(self, phase: Phase) -> float:
        """The interval for a phase that does not back off (rendering starts at `rendering_start`)."""
        if phase is Phase.REVIEW or phase is Phase.DONE or phase is Phase.FAILED:
            return self.review  # waiting for the user
        if phase is Phase.RENDERING:
            return self.rendering_start
        return self.working

    def rendering(self, previous: float | None, changed: bool) -> float:
        """The next render interval: back to the start on a change, else one step slower.

        Args:
            previous: The last render interval, or None when the session was not rendering.
            changed: Whether this poll's snapshot differs from the one before.
        """
        if previous is None or changed:
            return self.rendering_start
        return min(previous * self.rendering_factor, self.rendering_max)

    def after_error(self, failures: int, retry_after: float | None, spread: float) -> float:
        """The wait after ``failures`` failed polls in a row (1 for the first), by `Backoff`.

        Args:
            failures: How many polls in a row have failed, including this one.
            retry_after: The error's own hint in seconds, if it gave one; honoured as a minimum,
                clamped to `retry_after_max`.
            spread: A random number in [0, 1) that picks the jitter; 0 means none.
        """
        backoff = Backoff(
            self.error_start, self.error_factor, self.error_max, self.jitter, self.retry_after_max
        )
        return backoff.delay(failures, retry_after, spread)


retry_after = hint  # the poller's name for it


def is_fatal(error: Exception) -> bool:
    """True when an error says retrying cannot help (``fatal = True``): a bad key, an unknown session."""
    return getattr(error, "fatal", False) is True
