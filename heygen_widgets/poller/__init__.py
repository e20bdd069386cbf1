"""Background refresh of Video Agent sessions: a few threads, any number of sessions, adaptive pace.

The poller knows snapshots, not widgets. It reads each watched session (``poll()``, or
``refresh()``) at a pace that suits the session's phase, within a request budget, and tells
subscribers what changed:

    poller = Poller()
    subscription = poller.watch(session, on_change=handle)   # handle(event) on the poller thread
    poller.nudge(session.session_id)                          # after the user acts
    subscription.cancel()
    poller.close()

Subscribers run on the poller thread: UI code must only set state there.
"""

from __future__ import annotations

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
from heygen_widgets.poller.pace import Pace
from heygen_widgets.poller.poller import Poller
from heygen_widgets.poller.watcher import Subscription

__all__ = [
    "Changed",
    "Event",
    "Failed",
    "Finished",
    "Pace",
    "Pollable",
    "Poller",
    "Stuck",
    "Subscriber",
    "Subscription",
    "Throttled",
    "TimedOut",
]
