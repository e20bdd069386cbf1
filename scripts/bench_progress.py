"""What live render progress costs, and how live it looks: a 30-minute render on a hand-moved clock.

The panel's poller (default `Pace`: rendering backs off from 2 s by x1.5 up to 30 s) reads the
session, and the kernel's ticker moves the elapsed time and the estimate every few seconds.
Reported: requests per minute of render, and how often the shown progress text changes (per
minute, and the longest gap between two changes), with the ticker and with HeyGen's figure alone.
"""

from __future__ import annotations

import itertools
from typing import Any

from heygen_widgets.fake import FakeHeyGen, ManualClock
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.snapshot import Phase
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets._ticker import EVERY, Ticker
from heygen_widgets.widgets.runtime import Inline

RENDER_MINUTES = 30
START_EPOCH = 1_767_225_600


class Changes:
    """When a shown value changed, on the render's clock."""

    def __init__(self) -> None:
        self.last: object = None
        self.times: list[float] = []

    def see(self, value: object, at: float) -> None:
        """Note ``value`` as shown at ``at``; a change is counted."""
        if value != self.last:
            self.last = value
            self.times.append(at)

    def figures(self, began: float, ended: float) -> dict[str, float]:
        """Changes per minute and the longest gap (s) between ``began`` and ``ended``."""
        minutes = (ended - began) / 60
        marks = [began, *self.times, ended]
        return {
            "changes_per_minute": len(self.times) / minutes,
            "longest_gap_s": max(b - a for a, b in itertools.pairwise(marks)),
        }


def _until_review(panel: SessionPanel, poller: Poller, clock: ManualClock) -> None:
    while not (panel.snapshot and panel.snapshot.can_approve):
        clock.seconds += poller.poll_once()


def render_progress(render_minutes: int = RENDER_MINUTES) -> dict[str, Any]:
    """Run one render through a headless panel; return its request rate and how often the text moved."""
    clock = ManualClock(START_EPOCH)
    with (
        FakeHeyGen(clock=clock, render_seconds=render_minutes * 60) as fake,
        Connection(Transport(fake.url, "bench")) as conn,
        Poller(clock=clock, autostart=False) as poller,
    ):
        ticker = Ticker(clock=lambda: START_EPOCH + clock.seconds, autostart=False)
        panel = SessionPanel(conn.create("A long render"), poller=poller, runner=Inline(), ticker=ticker)
        _until_review(panel, poller, clock)
        panel.approve()
        began, requests = clock.seconds, len(fake.requests)
        shown, heygen = Changes(), Changes()
        next_poll, next_tick = clock.seconds, clock.seconds + EVERY
        while not (panel.snapshot and panel.snapshot.finished):
            clock.seconds = min(next_poll, next_tick)
            if clock.seconds == next_poll:
                next_poll = clock.seconds + poller.poll_once()
            else:
                ticker.tick_once()
                next_tick = clock.seconds + EVERY
            if panel.snapshot is not None and panel.snapshot.phase is Phase.RENDERING:
                shown.see((panel.header.progress.value, panel.header.elapsed.value), clock.seconds)
                heygen.see(panel.snapshot.progress, clock.seconds)
        ended = clock.seconds
        made = len(fake.requests) - requests
        panel.close()
    minutes = (ended - began) / 60
    return {
        "render_minutes": minutes,
        "requests_per_minute": made / minutes,
        "tick_seconds": EVERY,
        "shown": shown.figures(began, ended),
        "heygen_only": heygen.figures(began, ended),
    }


def rows(found: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """The bench table's rows for the render-progress figures (figure, ours, baseline, target, verdict)."""
    shown, alone = found["shown"], found["heygen_only"]
    minutes = f"{found['render_minutes']:.0f}-min render"
    return [
        (f"live progress: requests per minute, {minutes}", f"{found['requests_per_minute']:.2f}", "", "", ""),
        (
            f"shown progress changes per minute (tick {found['tick_seconds']:g} s; base: HeyGen's figure)",
            f"{shown['changes_per_minute']:.1f}",
            f"{alone['changes_per_minute']:.2f}",
            ">= 1",
            "PASS" if shown["changes_per_minute"] >= 1 else "FAIL",
        ),
        (
            "longest gap between changes of the shown progress (s)",
            f"{shown['longest_gap_s']:.0f}",
            f"{alone['longest_gap_s']:.0f}",
            "<= 60",
            "PASS" if shown["longest_gap_s"] <= 60 else "FAIL",
        ),
    ]


if __name__ == "__main__":
    import comm
    from comm import DummyComm

    comm.create_comm = DummyComm  # headless: no kernel, no browser
    result = render_progress()
    for row in rows(result):
        print(" | ".join(row))
