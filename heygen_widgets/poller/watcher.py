"""One watched session: its subscribers, its schedule, and what each poll means for them.

A `Watcher` is plain state with no locking and no I/O: the poller reads the session on a worker,
holds its lock around every method here, and delivers the returned events outside the lock.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from heygen_widgets.poller.events import (
    Changed,
    Event,
    Failed,
    Finished,
    Pollable,
    Stuck,
    Subscriber,
    Throttled,
    TimedOut,
)
from heygen_widgets.poller.pace import Pace, is_fatal, retry_after
from heygen_widgets.snapshot import Snapshot


class Subscription:
    """One subscriber's interest in one session, returned by `Poller.watch`.

    Attributes:
        session_id: The watched session.
        on_change: The callback, run on the poller thread.
    """

    def __init__(
        self, session_id: str, on_change: Subscriber, remove: Callable[[Subscription], None]
    ) -> None:
        self.session_id = session_id
        self.on_change = on_change
        self._remove = remove
        self._active = True

    @property
    def active(self) -> bool:
        """False once cancelled: no further events are delivered."""
        return self._active

    def cancel(self) -> None:
        """Stop delivering events here; a session nobody subscribes to is no longer polled."""
        if self._active:
            self._active = False
            self._remove(self)

    def __repr__(self) -> str:
        return f"Subscription({self.session_id!r}, active={self._active})"


Deliveries = list[tuple[Subscription, Event]]


class Watcher:
    """The schedule of one session and the last snapshot each subscriber was given."""

    def __init__(self, session: Pollable, now: float, deadline: float) -> None:
        """Due at once; gives up ``deadline`` seconds after ``now`` unless finished first."""
        self.session = session
        self.subscribers: dict[Subscription, Snapshot | None] = {}  # -> last snapshot delivered
        self.latest: Snapshot | None = None
        self.active = True  # False after finishing, timing out or a fatal error: not polled
        self.next_due = now
        self.expires = now + deadline
        self.failures = 0  # failed polls in a row
        self.render_interval: float | None = None  # the current backoff while rendering
        self.quick_until = -math.inf  # a nudge asks for the quick pace until then (or a change)
        self.hold_until = -math.inf  # an error's retry_after forbids polling before then
        self.in_flight = False  # a worker is reading it: not due again until that returns
        self.started_at: float | None = None  # when its last poll started
        self.cost: int | None = None  # requests its last poll sent
        self.held = False  # due, but the request budget made it wait
        self.throttled: float | None = None  # the stretched interval subscribers were told of
        self.quiet: tuple[object, ...] = ()  # what it looked like when it last changed ...
        self.quiet_since = now  # ... and since when
        self.told_stuck: set[Subscription] = set()  # told of this quiet spell already
        self._deadline = deadline

    def due(self, now: float) -> bool:
        """True when this session should be polled at ``now``."""
        return self.active and not self.in_flight and self.next_due <= now

    def quick(self, now: float) -> bool:
        """True while a nudge asks for the quick pace: such sessions are polled first."""
        return now < self.quick_until

    def start(self, now: float) -> Deliveries:
        """A worker starts reading it; say so when the budget stretched its interval (or stops to)."""
        news: Throttled | None = None
        planned = None if self.started_at is None else self.next_due - self.started_at
        if self.held and planned is not None and now - self.next_due > max(1.0, planned / 4):
            interval = now - self.started_at if self.started_at is not None else planned
            if self.throttled is None or abs(interval - self.throttled) > self.throttled / 4:
                self.throttled = interval
                news = Throttled(self.session.session_id, round(interval, 1))
        elif not self.held and self.throttled is not None:
            self.throttled = None
            news = Throttled(self.session.session_id, None)
        self.held, self.in_flight, self.started_at = False, True, now
        return self._to_all(news) if news else []

    def arm(self, now: float) -> None:
        """Poll as soon as a server's ``retry_after`` allows; a stopped watch restarts its deadline."""
        if not self.active:
            self.active = True
            self.expires = now + self._deadline
        self.next_due = max(now, self.hold_until)

    def nudge(self, now: float, pace: Pace) -> None:
        """The user acted: poll now, then at the quick pace for a while."""
        self.arm(now)
        self.quick_until = self.next_due + pace.quick_for  # from the poll a retry_after may delay

    def time_out(self) -> Deliveries:
        """Stop polling because the deadline passed."""
        self.active = False
        return self._to_all(TimedOut(self.session.session_id))

    def record_error(self, error: Exception, now: float, pace: Pace, spread: float) -> Deliveries:
        """Take in a failed poll: back off, or stop when the error is fatal."""
        if is_fatal(error):
            self.active = False
            return self._to_all(Failed(self.session.session_id, error, None))
        self.failures += 1
        hint = retry_after(error)
        wait = pace.after_error(self.failures, hint, spread)
        if hint is not None:
            self.hold_until = now + min(hint, pace.retry_after_max)
        self._schedule(now, wait)
        return self._to_all(Failed(self.session.session_id, error, wait))

    def record_snapshot(
        self, snapshot: Snapshot, now: float, pace: Pace, stuck_after: float | None = None
    ) -> Deliveries:
        """Take in a successful poll: tell subscribers what is new to them and plan the next poll.

        ``stuck_after`` is how long this snapshot's phase may stay quiet before `Stuck` is told
        (None: it cannot be stuck, say while it waits for the user).
        """
        moved = _milestone(self.latest) != _milestone(snapshot)
        if self.latest is not None and snapshot != self.latest:
            # The user's action has shown up: the phase's own pace takes over (saves requests).
            self.quick_until = min(self.quick_until, now)
        self.latest = snapshot
        if self.failures:  # back after errors: say so, even with nothing new, so notices can clear
            for subscription in self.subscribers:
                self.subscribers[subscription] = None
        self.failures = 0
        self.hold_until = -math.inf
        deliveries = self._news(snapshot) + self._stuck(snapshot, now, stuck_after)
        quick = now < self.quick_until
        # Right after a nudge a finished session is likely to move again (chat feedback after
        # completion), so it stays polled until the quick pace runs out.
        if snapshot.finished and not quick:
            self.active = False
            self.render_interval = None
        else:
            self._schedule(now, self._interval(snapshot, moved, quick, pace))
        return deliveries

    def _interval(self, snapshot: Snapshot, moved: bool, quick: bool, pace: Pace) -> float:
        if snapshot.rendering:
            self.render_interval = pace.rendering(self.render_interval, moved)
            wait = self.render_interval
        else:
            self.render_interval = None
            wait = pace.steady(snapshot.phase)
        return min(wait, pace.quick) if quick else wait

    def _schedule(self, now: float, wait: float) -> None:
        self.next_due = min(now + wait, self.expires)  # wake up for the deadline, too

    def _news(self, snapshot: Snapshot) -> Deliveries:
        deliveries: Deliveries = []
        for subscription, seen in self.subscribers.items():
            if snapshot == seen:
                continue
            self.subscribers[subscription] = snapshot
            deliveries.append((subscription, Changed(snapshot)))
            if snapshot.finished:
                deliveries.append((subscription, Finished(snapshot)))
        return deliveries

    def _stuck(self, snapshot: Snapshot, now: float, stuck_after: float | None) -> Deliveries:
        """`Stuck` once per quiet spell (and subscriber) once nothing has changed for ``stuck_after``."""
        video = snapshot.video.status if snapshot.video else None
        looks = (snapshot.status, snapshot.progress, snapshot.messages, snapshot.video_id, video)
        if looks != self.quiet:
            self.quiet, self.quiet_since = looks, now
            self.told_stuck.clear()
            return []
        if stuck_after is None or now - self.quiet_since < stuck_after:
            return []
        untold = [s for s in self.subscribers if s not in self.told_stuck]
        self.told_stuck.update(untold)
        return [(s, Stuck(snapshot, now - self.quiet_since)) for s in untold]

    def _to_all(self, event: Event) -> Deliveries:
        return [(subscription, event) for subscription in self.subscribers]


def _milestone(snapshot: Snapshot | None) -> tuple[object, ...]:
    """What resets the render backoff: a new phase, video or video status, not a progress tick.

    Progress rises on almost every poll of a long render, so it must not keep the pace quick.
    """
    if snapshot is None:
        return ()
    return (snapshot.phase, snapshot.video_id, snapshot.video.status if snapshot.video else None)
