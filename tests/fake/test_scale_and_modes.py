"""Many sessions at once, timed mode on an injected clock, and the standalone server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen, ManualClock

CREATE = "/v3/video-agents"


def test_200_concurrent_sessions_advance_correctly_with_bounded_memory() -> None:
    tracemalloc.start()
    try:
        with (
            FakeHeyGen(concurrent_jobs=None) as fake,
            httpx.Client(
                base_url=fake.url, headers={"x-api-key": "k"}, limits=httpx.Limits(max_connections=8)
            ) as http,
        ):
            baseline = tracemalloc.get_traced_memory()[0]

            def create(n: int) -> str:
                body = {"prompt": f"Video {n}. Cover alpha, beta", "mode": "chat"}
                session_id: str = http.post(CREATE, json=body).json()["data"]["session_id"]
                return session_id

            with ThreadPoolExecutor(max_workers=8) as pool:
                ids = list(pool.map(create, range(200)))
                fake.run_until_idle()
                states = list(pool.map(lambda s: http.get(f"{CREATE}/{s}").json()["data"], ids))
                assert {s["status"] for s in states} == {"reviewing"}
                assert all(len(s["messages"][0]["resource_ids"]) == 4 for s in states)
                assert [s["title"] for s in states] == [f"Video {n}" for n in range(200)]
                list(pool.map(lambda s: http.post(f"{CREATE}/{s}", json={"message": "approve"}), ids))
                fake.run_until_idle()
                finished = list(pool.map(lambda s: http.get(f"{CREATE}/{s}").json()["data"], ids))
            assert {s["status"] for s in finished} == {"completed"}
            assert len({s["video_id"] for s in finished}) == 200
            grown = tracemalloc.get_traced_memory()[0] - baseline
    finally:
        tracemalloc.stop()
    print(f"200 sessions through a full lifecycle: simulator state grew by {grown / 1e6:.1f} MB")
    assert grown < 40e6


def test_timed_mode_moves_the_agent_as_time_passes() -> None:
    clock = ManualClock()
    with FakeHeyGen(clock=clock) as fake, httpx.Client(base_url=fake.url, headers={"x-api-key": "k"}) as http:
        session_id = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]

        def state() -> dict[str, Any]:
            data: dict[str, Any] = http.get(f"{CREATE}/{session_id}").json()["data"]
            return data

        assert (state()["status"], state()["progress"]) == ("thinking", 0)
        clock.seconds = 1.0  # the title stage takes a second
        assert (state()["status"], state()["progress"], state()["title"]) == ("thinking", 8, "Hi")
        clock.seconds = 60.0
        assert state()["status"] == "reviewing"
        assert fake.step() == 0 or True  # step() still works in timed mode, but there is nothing to do
        http.post(f"{CREATE}/{session_id}", json={"message": "generate it"})
        clock.seconds = 63.0
        mid = state()
        assert mid["status"] == "generating" and 50 < mid["progress"] < 100
        clock.seconds = 120.0
        assert state()["status"] == "completed"
        assert state()["messages"][0]["created_at"] > state()["created_at"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def standalone() -> Iterator[str]:
    """``python -m heygen_widgets.fake`` in step mode, advancing on every poll."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "heygen_widgets.fake", "--port", str(port), "--step", "--polls-per-step", "1"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()  # printed once the socket listens
        assert banner.startswith(f"HeyGen simulator on http://127.0.0.1:{port} (step mode)")
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=10) in (0, -signal.SIGINT)
        if proc.stdout is not None:
            proc.stdout.close()


def test_the_seed_workflow_reaches_a_completed_video_on_the_standalone_server(standalone: str) -> None:
    """HeyGen's documented workflow, with plain HTTP, minus the sleeps (each poll moves the agent)."""
    base, headers = f"{standalone}/v3", {"X-Api-Key": "your-api-key"}
    session = httpx.post(
        f"{base}/video-agents/sessions",
        headers=headers,
        json={"prompt": "Create a 90-second product demo for our analytics dashboard"},
    ).json()["data"]
    session_id = session["session_id"]
    for _ in range(50):
        status = httpx.get(f"{base}/video-agents/sessions/{session_id}", headers=headers).json()["data"]
        if status["status"] in ("reviewing", "completed", "failed"):
            break
    assert status["status"] == "reviewing"
    agent = next(m for m in status["messages"] if m["role"] == "model")
    assert "storyboard" in agent["content"]
    httpx.post(
        f"{base}/video-agents/sessions/{session_id}/messages",
        headers=headers,
        json={"message": "Looks great, generate it!", "auto_proceed": True},
    )
    video: dict[str, Any] = {}
    for _ in range(50):
        status = httpx.get(f"{base}/video-agents/sessions/{session_id}", headers=headers).json()["data"]
        if status["status"] == "completed" and status.get("video_id"):
            video = httpx.get(f"{base}/videos/{status['video_id']}", headers=headers).json()["data"]
            if video["status"] == "completed":
                break
    assert video["status"] == "completed"
    assert httpx.get(video["video_url"]).content[:4] == bytes.fromhex("1A45DFA3")
