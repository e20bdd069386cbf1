"""1,100 slow clients on the standalone simulator: it keeps answering and its log stays small.

The clients are what a flood looks like on loopback: each opens a connection, sends a request
head promising a large body, sends one byte of it, and later hangs up. The load is bounded (three
rounds) and stops by itself.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from heygen_widgets.fake.home import process_gone

CLIENTS, ROUNDS = 1100, 3
SLOW_HEAD = (
    b"POST /v3/video-agents HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: k\r\n"
    b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
)


@pytest.fixture
def standalone(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``python -m heygen_widgets.fake`` on a free port, its log in a file; stopped and gone after."""
    log = tmp_path / "simulator.log"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "heygen_widgets.fake", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
        )
    assert proc.stdout is not None
    found = re.search(rb"http://127\.0\.0\.1:\d+", proc.stdout.readline())  # printed once it listens
    assert found, log.read_text()
    try:
        yield found[0].decode(), log
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=20)
        proc.stdout.close()
        assert process_gone(proc.pid)


def flood(port: int) -> None:
    """One round: every client connects and stalls mid-body, then they all hang up."""
    clients = []
    for _ in range(CLIENTS):
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(SLOW_HEAD)
            clients.append(sock)
        except OSError:
            continue  # refused or reset under load: the point is that others still get answers
    for sock in clients:
        sock.close()


def test_a_flood_of_slow_clients_neither_stops_it_nor_fills_its_log(standalone: tuple[str, Path]) -> None:
    url, log = standalone
    port = int(url.rsplit(":", 1)[1])
    waits: list[float] = []
    done = threading.Event()

    client = httpx.Client(headers={"x-api-key": "k"}, timeout=10)
    client.get(f"{url}/v3/users/me").raise_for_status()  # already talking when the flood begins

    def probe() -> None:  # a well-behaved client asking all along, on its keep-alive connection
        while not done.is_set():
            start = time.monotonic()
            client.get(f"{url}/v3/users/me").raise_for_status()
            waits.append(time.monotonic() - start)
            done.wait(0.1)  # a pace, not a wait for something

    prober = threading.Thread(target=probe)
    prober.start()
    try:
        for _ in range(ROUNDS):
            flood(port)
    finally:
        done.set()
        prober.join(30)
        client.close()
    assert not prober.is_alive()
    assert waits and max(waits) < 5.0, f"{len(waits)} probes, slowest {max(waits):.2f} s"
    size = log.stat().st_size
    assert size < 50_000, f"the log grew to {size:,} bytes"
    assert httpx.get(f"{url}/_fake/requests", headers={"Origin": "http://evil.example"}).status_code == 403
