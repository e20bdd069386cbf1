"""Benchmarks of one review-revise-approve lifecycle: reaction latency and requests, against a naive loop.

The naive loop polls the way HeyGen's documented example does: every 5 s while the agent works,
every 10 s while it renders, over a fresh connection per request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.jobs import Work
from heygen_widgets.fake.model import Session as FakeSession
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Session, Transport
from heygen_widgets.session.families import FAMILIES
from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets import SessionPanel

PROMPT = "Create an onboarding video for new engineers. Cover culture, tools, and the first week."
INTERACTIVE = ("thinking", "reviewing")


@dataclass
class Timeline:
    """When the simulator changed a status, and when the panel first showed it."""

    changes: list[tuple[float, str, int]] = field(default_factory=list)  # (time, status, messages)
    shown: list[tuple[float, str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def latencies(self, statuses: tuple[str, ...] | None = None) -> list[float]:
        """Seconds from each change to the first render that caught up with it.

        Every status change adds a message, so a render has caught up once it shows at least as
        many messages; a change a slow poller skipped over still counts, until the next render.
        """
        found = []
        for changed_at, status, count in self.changes:
            if statuses and status not in statuses:
                continue
            later = [t for t, _, shown in self.shown if shown >= count and t >= changed_at - 0.05]
            if later:
                found.append(max(0.0, min(later) - changed_at))
        return found


def instrument(fake: FakeHeyGen, timeline: Timeline) -> Callable[[], None]:
    """Record every status change inside the simulator at the real time it was due; returns an undo."""
    work: Any = fake.backend.work
    original_advance, original_react = Work.advance_one, fake.backend._react
    clock: Any = fake.backend.clock
    origin, wall, speed = clock._origin, clock._wall_origin, clock.speed

    def advance(self: Work, session: FakeSession) -> bool:
        # stage_started is wall-clock time; a stage lasts its duration divided by the speed
        lasts = (session.run[0].duration if session.run else 0) / speed
        due = origin + (session.stage_started - wall) + lasts
        before = session.status
        moved = original_advance(self, session)
        if session.status != before:
            with timeline.lock:
                timeline.changes.append((min(due, time.monotonic()), session.status, len(session.messages)))
        return moved

    def react(session: FakeSession, message: str, auto_proceed: bool) -> None:
        before = session.status
        original_react(session, message, auto_proceed)
        if session.status != before:
            with timeline.lock:
                timeline.changes.append((time.monotonic(), session.status, len(session.messages)))

    work.advance_one = advance.__get__(work)
    fake.backend._react = react  # type: ignore[method-assign]
    return lambda: setattr(work, "advance_one", original_advance.__get__(work))


def watch_panel(panel: SessionPanel, timeline: Timeline, reached: Callable[[Snapshot], None]) -> None:
    """Record when the panel's traits first show each status."""
    original = panel.render

    def render(snapshot: Snapshot) -> None:
        previous = panel.snapshot
        original(snapshot)
        if snapshot != previous:
            real = sum(1 for m in snapshot.messages if not m.is_gap)
            with timeline.lock:
                timeline.shown.append((time.monotonic(), snapshot.status, real))
        reached(snapshot)

    panel.render = render  # type: ignore[method-assign]


class Waiter:
    """Blocks the driver until the panel shows what it waits for (an event, not a sleep)."""

    def __init__(self) -> None:
        """Nothing awaited yet."""
        self.event = threading.Event()
        self.test: Callable[[Snapshot], bool] = lambda s: False

    def __call__(self, snapshot: Snapshot) -> None:
        """Called by the panel's render: wake the driver when the awaited state shows."""
        if self.test(snapshot):
            self.event.set()

    def until(self, test: Callable[[Snapshot], bool], timeout: float = 120.0) -> None:
        """Block until the panel shows a snapshot that passes ``test``."""
        self.test = test
        self.event.clear()
        if not self.event.wait(timeout):
            raise TimeoutError("the lifecycle stalled")


def _review(scenes: int) -> Callable[[Snapshot], bool]:
    return lambda s: (
        s.phase is Phase.REVIEW and len(s.storyboard) == scenes and s.messages[-1].role == "model"
    )


def run_ours(speed: float, delay: float) -> tuple[Timeline, int]:
    """One lifecycle with the panel, the adaptive poller and the pooled session layer."""
    timeline, waiter = Timeline(), Waiter()
    with FakeHeyGen(timed=True, speed=speed) as fake, Connection(Transport(fake.url, "bench")) as conn:
        if delay:
            fake.inject("latency", "*", seconds=delay, times=-1)
        undo = instrument(fake, timeline)
        with Poller() as poller:
            panel = SessionPanel(conn.create(PROMPT), poller=poller)
            watch_panel(panel, timeline, waiter)
            waiter.until(_review(5))
            panel.feedback.text.value = "Add a scene about code review before the first week."
            panel.feedback.submit()
            waiter.until(_review(6))
            panel.controls.approve.click()
            waiter.until(lambda s: s.finished)
            panel.close()
        undo()
        return timeline, len(fake.requests)


def run_naive(speed: float, delay: float) -> tuple[Timeline, int]:
    """The documented loop: 5 s while working, 10 s while rendering, a new connection per request."""
    timeline, waiter = Timeline(), Waiter()
    with FakeHeyGen(timed=True, speed=speed) as fake, Connection(Transport(fake.url, "bench")) as conn:
        if delay:
            fake.inject("latency", "*", seconds=delay, times=-1)
        undo = instrument(fake, timeline)
        session = conn.create(PROMPT)
        display = SessionPanel(session, poller=Poller(autostart=False))
        watch_panel(display, timeline, waiter)
        stop = threading.Event()

        def loop() -> None:
            while not stop.is_set():
                fresh = Session(Transport(fake.url, "bench"), FAMILIES["chat"], session.session_id)
                fresh._messages, fresh._resources = display_state(display)
                snap = fresh.refresh()
                fresh._t.close()
                display.render(snap)
                stop.wait(10.0 if snap.phase is Phase.RENDERING else 5.0)

        worker = threading.Thread(target=loop)
        worker.start()
        try:
            waiter.until(_review(5))
            session.send("Add a scene about code review before the first week.")
            waiter.until(_review(6))
            session.approve()
            waiter.until(lambda s: s.finished)
        finally:
            stop.set()
            worker.join()
        display.close()
        undo()
        return timeline, len(fake.requests)


def display_state(panel: SessionPanel) -> tuple[Any, Any]:
    """What the naive loop already knows (messages, resources), so it fetches no more than it must."""
    snap = panel.snapshot
    if snap is None:
        return (), {}
    return snap.messages, dict(snap.resources)
