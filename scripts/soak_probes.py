"""What the soak measures from outside: session reads at the simulator, sockets, widgets, memory.

Also two figures of their own: the longest poll gap of a healthy session while another one gets
``429 Retry-After: 30`` on every read, and what 1,000 panels opened and closed leave behind.
"""

from __future__ import annotations

import gc
import itertools
import os
import threading
import time
from collections import defaultdict
from typing import Any

import ipywidgets as w

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline


class Reads:
    """Server-side timing: every read of a session or its resources, as the simulator answered it."""

    def __init__(self) -> None:
        self.times: dict[str, list[tuple[float, int]]] = defaultdict(list)
        self.lock = threading.Lock()


class Recorder:
    """ASGI middleware on the simulator's app that notes each session read in `Reads`."""

    def __init__(self, app: Any, reads: Reads) -> None:
        self.app = app
        self.reads = reads

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Pass the request on; note the time and status of each session read."""
        if scope.get("type") != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        # Any read of the session or of its resources counts: a failed resource read fails the poll.
        parts = scope.get("path", "").strip("/").split("/")
        session_id = next((part for part in parts if part.startswith("sess_")), None)
        status = [0]

        async def sending(message: dict[str, Any]) -> None:
            if message.get("type") == "http.response.start":
                status[0] = int(message.get("status", 0))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if session_id is not None:
                with self.reads.lock:
                    self.reads.times[session_id].append((time.monotonic(), status[0]))


def sockets() -> int:
    """Open sockets of this process (the pool's connections, the simulator's listener)."""
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{name}").startswith("socket:")
        except OSError:
            continue
    return count


def retry_after_gap(seconds: float = 15.0) -> dict[str, float]:
    """Two watched sessions on two simulators; one answers 429 ``Retry-After: 30`` to every read.

    Returns the longest gap between two reads of the healthy one (drafting, so its interval is
    `Pace.working`) and how many reads the sick one received.
    """
    healthy_reads, sick_reads = Reads(), Reads()
    healthy, sick = FakeHeyGen(), FakeHeyGen()  # step mode: both stay "thinking"
    healthy.app.add_middleware(Recorder, reads=healthy_reads)
    sick.app.add_middleware(Recorder, reads=sick_reads)
    with (
        healthy,
        sick,
        Connection(Transport(healthy.url, "k1")) as good,
        Connection(Transport(sick.url, "k2")) as bad,
    ):
        sessions = (good.create("A healthy session"), bad.create("A rate-limited session"))
        sick.inject("rate_limit", "getVideoAgentSession", retry_after=30, times=-1)
        with Poller() as poller:
            for session in sessions:
                poller.watch(session, lambda _event: None)
            threading.Event().wait(seconds)  # a benchmark measures for a while; nothing to wait on
        interval = poller.pace.working
    times = [t for t, _ in next(iter(healthy_reads.times.values()), [])]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    sick_count = sum(len(v) for v in sick_reads.times.values())
    return {"longest_gap": max(gaps, default=float("inf")), "interval": interval, "sick_reads": sick_count}


def panel_cycles(count: int = 1000) -> dict[str, float]:
    """Open and close ``count`` panels on one session: RSS before and after, widgets left open."""
    with FakeHeyGen() as fake, Connection(Transport(fake.url, "k")) as conn:
        session = conn.create("One session, many panels")
        session.refresh()
        poller = Poller(autostart=False)
        gc.collect()
        rss0, widgets0 = _rss_mb(), len(w.Widget.widgets)
        started = time.monotonic()
        for _ in range(count):
            SessionPanel(session, poller=poller, runner=Inline()).close()
        seconds = time.monotonic() - started
        gc.collect()
        rss1, widgets1 = _rss_mb(), len(w.Widget.widgets)
        poller.close()
    return {
        "cycles": count,
        "rss_before_mb": rss0,
        "rss_after_mb": rss1,
        "widgets_left_open": widgets1 - widgets0,
        "seconds": seconds,
    }


def _rss_mb() -> float:
    """The current resident set size (not the peak), from /proc."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
