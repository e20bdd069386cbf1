"""Benchmarks of cost and scale: a 30-minute render, widget traffic, many sessions, import, regeneration."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from heygen_widgets.fake import FakeHeyGen, ManualClock
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport, requests
from heygen_widgets.snapshot import Message, Snapshot
from heygen_widgets.widgets import SessionPanel

ROOT = Path(__file__).resolve().parent.parent
RENDER_MINUTES = 30


def _render_session(fake: FakeHeyGen, conn: Connection, clock: ManualClock) -> Any:
    session = conn.create("A long render")
    clock.seconds += 60  # drafting done
    session.refresh()
    session.approve()
    session.refresh()
    return session


def requests_per_render_minute() -> dict[str, float]:
    """Requests per minute while a 30-minute render runs: the adaptive poller against a 10 s loop."""
    results = {}
    for name in ("ours", "naive"):
        clock = ManualClock()
        with (
            FakeHeyGen(clock=clock, render_seconds=RENDER_MINUTES * 60) as fake,
            Connection(Transport(fake.url, "bench")) as conn,
        ):
            session = _render_session(fake, conn, clock)
            start, began = len(fake.requests), clock.seconds
            if name == "ours":
                with Poller(clock=clock, autostart=False) as poller:
                    poller.watch(session, lambda _event: None)
                    while not (session.last and session.last.finished):
                        clock.seconds += poller.poll_once()
            else:  # HeyGen's example: GET the session every 10 s; GET the video once it says completed
                while requests.get_chat(conn.transport, session.session_id).status != "completed":
                    clock.seconds += 10.0
                requests.get_video(conn.transport, session.last.video_id)
            minutes = (clock.seconds - began) / 60
            results[name] = (len(fake.requests) - start) / minutes
    return results


def widget_traffic() -> dict[str, float]:
    """Comm messages and bytes for an unchanged poll, and for one new message on a 40-message log."""
    import json  # noqa: PLC0415 - only here

    import comm  # noqa: PLC0415 - patched for this measurement only
    from comm import DummyComm  # noqa: PLC0415

    sent: list[dict[str, Any]] = []

    class Counting(DummyComm):
        def publish_msg(self, msg_type: str, data: Any = None, *args: Any, **kwargs: Any) -> None:
            sent.append(data or {})

    original = comm.create_comm
    comm.create_comm = Counting
    try:
        with FakeHeyGen() as fake, Connection(Transport(fake.url, "bench")) as conn:
            panel = SessionPanel(conn.create("hi"), poller=Poller(autostart=False))
            messages = tuple(Message("model", f"Reply number {i} " + "x" * 80) for i in range(40))
            snap = Snapshot("s", "chat", "reviewing", 45, "T", messages)
            panel.render(snap)
            mark = len(sent)
            panel.render(replace(snap))
            unchanged = len(sent) - mark
            mark = len(sent)
            panel.render(replace(snap, messages=(*messages, Message("model", "One more."))))
            appended = sent[mark:]
            panel.close()
    finally:
        comm.create_comm = original
    return {
        "unchanged_messages": unchanged,
        "append_messages": len(appended),
        "append_bytes": sum(len(json.dumps(d, default=str)) for d in appended),
    }


def scale(count: int, window: float = 10.0) -> dict[str, float]:
    """One kernel watching ``count`` sessions for ``window`` seconds: threads, connections, CPU, memory."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "heygen_widgets.fake", "--port", str(port), "--speed", "50", "--jobs", "0"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert server.stdout is not None
    server.stdout.readline()
    try:
        with Connection(Transport(f"http://127.0.0.1:{port}", "bench")) as conn, Poller() as poller:
            sessions = [conn.create(f"Video {n}") for n in range(count)]
            for session in sessions:
                poller.watch(session, lambda _event: None)
            threading.Event().wait(2.0)  # let the first polls land before measuring
            cpu0, wall0, sent0 = time.process_time(), time.monotonic(), _requests_seen(port)
            threading.Event().wait(window)
            wall = time.monotonic() - wall0
            cpu = (time.process_time() - cpu0) / wall * 100
            pool = conn.transport.wire._inner._pool  # type: ignore[attr-defined]  # httpx's pool, to count connections
            return {
                "sessions": count,
                "poller_threads": len(poller.threads),  # the scheduler and its workers
                "connections": len(pool.connections),
                "cpu_percent": cpu,
                "requests_per_second": (_requests_seen(port) - sent0) / wall,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def _requests_seen(port: int) -> int:
    """How many API requests the standalone simulator has logged."""
    import httpx  # noqa: PLC0415

    return len(httpx.get(f"http://127.0.0.1:{port}/_fake/requests", timeout=10).json()["requests"])


def _free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def import_seconds() -> float:
    """Seconds ``import heygen_widgets`` adds to a fresh interpreter."""

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        )
        return time.perf_counter() - start

    return max(0.0, timed("import heygen_widgets") - timed("pass"))


def regeneration_seconds() -> float:
    """Seconds to validate, patch and generate the whole client (no repository change)."""
    from scripts.regenerate import build_client  # noqa: PLC0415

    raw = (ROOT / "openapi" / "heygen-external-api.json").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        build_client(ROOT, raw, "heygen-external-api.json", Path(tmp) / "out")
        return time.perf_counter() - start
