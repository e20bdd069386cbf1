"""A scripted session, a hand-moved clock, timers fired by hand and a recording subscriber."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from heygen_widgets.poller import Event
from heygen_widgets.snapshot import Snapshot, Video


class FakeClock:
    """Monotonic seconds that move only when told."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ScriptedSession:
    """Returns (or raises) the scripted items in turn; the last one repeats. Counts refreshes."""

    def __init__(self, session_id: str, *script: Snapshot | Exception, log: list[str] | None = None) -> None:
        assert script, "a session needs at least one scripted answer"
        self._id = session_id
        self.script = list(script)
        self.calls = 0
        self.log = log  # shared between sessions to see the order they were polled in
        self.refreshed = threading.Event()

    @property
    def session_id(self) -> str:
        return self._id

    def then(self, *items: Snapshot | Exception) -> None:
        """Replace what the next refreshes return."""
        self.script = list(items)

    def refresh(self) -> Snapshot:
        self.calls += 1
        if self.log is not None:
            self.log.append(self._id)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        self.refreshed.set()
        if isinstance(item, Exception):
            raise item
        return item


class Recorder:
    """A subscriber that keeps every event it is given."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        return [type(e).__name__ for e in self.events]


class RateLimited(Exception):
    """Like the session layer's rate-limit error: carries the server's Retry-After."""

    def __init__(self, retry_after: float | None) -> None:
        super().__init__("slow down")
        self.retry_after = retry_after


class NotFound(Exception):
    """Like the session layer's unknown-session error: retrying cannot help."""

    fatal = True


def snap(status: str, session_id: str = "s1", *, progress: int = 0, video: Video | None = None) -> Snapshot:
    """A chat-family snapshot with ``status``."""
    return Snapshot(
        session_id=session_id,
        family="chat",
        status=status,
        progress=progress,
        video_id=video.id if video else None,
        video=video,
    )


def ready(session_id: str = "s1") -> Snapshot:
    """A finished session whose video can be played."""
    return snap("completed", session_id, video=Video(id="v", status="completed", url="http://x/v.webm"))


@dataclass
class Scheduled:
    """One timer a `Timers` schedule made."""

    delay: float
    fn: Callable[[], None]
    cancelled: bool = False
    fired: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class Timers:
    """A ``schedule`` (see `heygen_widgets.backoff`): records each timer; `fire` runs the pending ones."""

    made: list[Scheduled] = field(default_factory=list)

    def __call__(self, delay: float, fn: Callable[[], None]) -> Scheduled:
        timer = Scheduled(delay, fn)
        self.made.append(timer)
        return timer

    @property
    def pending(self) -> list[Scheduled]:
        return [t for t in self.made if not t.cancelled and not t.fired]

    def fire(self) -> int:
        """Run every pending timer once; return how many ran."""
        due = self.pending
        for timer in due:
            timer.fired = True
            timer.fn()
        return len(due)
