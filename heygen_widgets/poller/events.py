"""What the poller polls (`Pollable`) and what it tells subscribers (the events)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeAlias

from heygen_widgets.snapshot import Snapshot


class Pollable(Protocol):
    """A session the poller can refresh; the session layer decides which endpoints one refresh reads.

    Two optional members make the poller fairer, and `heygen_widgets.session.Session` has both:
    ``poll()``, read instead of `refresh` (one attempt per request, never sleeping: the poller
    schedules the backoff itself), and ``poll_requests``, a running count of the requests
    ``poll`` sent, which the request budget charges (otherwise each read counts as one).
    """

    @property
    def session_id(self) -> str:
        """The session's id; the poller watches each id once, however many subscribers it has."""
        ...

    def refresh(self) -> Snapshot:
        """Read the session over the network once and return what it looks like now.

        Raises:
            Exception: Anything. An error with a numeric ``retry_after`` (seconds) is not retried
                sooner than that; an error with ``fatal = True`` stops the watch.
        """
        ...


@dataclass(frozen=True)
class Changed:
    """The session looks different from the last snapshot this subscriber was given."""

    snapshot: Snapshot

    @property
    def session_id(self) -> str:
        """The session that changed."""
        return self.snapshot.session_id


@dataclass(frozen=True)
class Failed:
    """A refresh raised ``error``.

    Attributes:
        session_id: The session whose refresh failed.
        error: The exception, as raised by `Pollable.refresh`.
        retry_in: Seconds until the next try, or None when the error was fatal and the watch
            stopped (a `Poller.nudge` tries again).
    """

    session_id: str
    error: Exception
    retry_in: float | None


@dataclass(frozen=True)
class Finished:
    """The session finished (video ready, or failed); it is no longer polled until nudged."""

    snapshot: Snapshot

    @property
    def session_id(self) -> str:
        """The session that finished."""
        return self.snapshot.session_id


@dataclass(frozen=True)
class TimedOut:
    """The watch's deadline passed before the session finished; it is no longer polled until nudged."""

    session_id: str


@dataclass(frozen=True)
class Stuck:
    """The session has stayed in a working status with no change for ``quiet_for`` seconds.

    Delivered once per quiet spell (the next `Changed` ends it). HeyGen's sessions are known to
    hang in a working status; the user can stop the session or start again.

    Attributes:
        snapshot: The last snapshot, unchanged all that time.
        quiet_for: Seconds since its status, progress or messages last changed.
    """

    snapshot: Snapshot
    quiet_for: float

    @property
    def session_id(self) -> str:
        """The session that seems stuck."""
        return self.snapshot.session_id


@dataclass(frozen=True)
class Throttled:
    """The poller's request budget stretches this session's interval beyond its pace.

    Attributes:
        session_id: The session polled less often than its pace asks.
        interval: Seconds between its polls now, or None once the budget no longer stretches it.
    """

    session_id: str
    interval: float | None


Event: TypeAlias = Changed | Failed | Finished | TimedOut | Stuck | Throttled
"""Anything the poller delivers to a subscriber."""

Subscriber: TypeAlias = Callable[[Event], None]
"""A callback run on the poller thread for each event; UI code must only set state in it."""
