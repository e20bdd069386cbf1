"""The simulator's state in SQLite: a new simulator on the same file carries on where the last stopped."""

from __future__ import annotations

import pickle
import sqlite3
import time
from pathlib import Path

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen, ManualClock, TimedClock
from heygen_widgets.fake.store import Store

KEY = {"x-api-key": "store-test"}


def create(fake: FakeHeyGen, prompt: str = "Keep me. Cover one and two.") -> str:
    answer = httpx.post(f"{fake.url}/v3/video-agents", json={"prompt": prompt, "mode": "chat"}, headers=KEY)
    return str(answer.json()["data"]["session_id"])


def read(fake: FakeHeyGen, session_id: str) -> dict[str, object]:
    data: dict[str, object] = httpx.get(f"{fake.url}/v3/video-agents/{session_id}", headers=KEY).json()[
        "data"
    ]
    return data


def test_sessions_videos_and_assets_outlive_the_simulator(tmp_path: Path) -> None:
    store = tmp_path / "simulator.sqlite3"
    with FakeHeyGen(store=store) as fake:
        session_id = create(fake)
        fake.run_until_idle()
        httpx.post(f"{fake.url}/v3/video-agents/{session_id}", json={"message": "looks great"}, headers=KEY)
        fake.run_until_idle()
        asset = httpx.post(f"{fake.url}/v3/assets", files={"file": ("a.png", b"\x89PNG")}, headers=KEY)
        before = read(fake, session_id)
    with FakeHeyGen(store=store) as again:
        assert read(again, session_id) == before
        assert read(again, session_id)["status"] == "completed"
        video = httpx.get(f"{again.url}/v3/videos/{before['video_id']}", headers=KEY).json()["data"]
        assert video["status"] == "completed"
        assert httpx.get(f"{again.url}/files/assets/{asset.json()['data']['asset_id']}").content == b"\x89PNG"


def test_timed_stages_follow_the_wall_clock_across_a_restart(tmp_path: Path) -> None:
    store, clock = tmp_path / "simulator.sqlite3", ManualClock()
    with FakeHeyGen(clock=clock, store=store) as fake:
        session_id = create(fake)
        clock.advance(1.0)
        assert read(fake, session_id)["progress"] == 8  # the first stage only
    later = ManualClock()
    later.seconds = 600.0  # the simulator was down for ten minutes: the draft is done by now
    with FakeHeyGen(clock=later, store=store) as again:
        assert read(again, session_id)["status"] == "reviewing"


def test_the_timed_clock_reads_wall_clock_time_and_speed_shortens_stages() -> None:
    clock = TimedClock(speed=4)
    assert abs(clock.now() - time.time()) < 1.0  # the same epoch in every process, restarts included
    assert clock.speed == 4


def test_a_poll_that_changes_nothing_writes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "simulator.sqlite3"
    with FakeHeyGen(store=store) as fake:
        session_id = create(fake)
        fake.run_until_idle()
        read(fake, session_id)
        size = store.stat().st_size + (tmp_path / "simulator.sqlite3-wal").stat().st_size
        for _ in range(20):
            read(fake, session_id)
        assert store.stat().st_size + (tmp_path / "simulator.sqlite3-wal").stat().st_size == size


def test_the_store_refuses_objects_it_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "simulator.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as db:  # a row holding something that would run code when loaded
        db.execute("INSERT INTO objects VALUES ('session', 'evil', ?)", (pickle.dumps(Path("/")),))
    sessions, _, _ = Store(path).load()
    assert sessions == {}


@pytest.mark.parametrize("reset", [True, False])
def test_reset_empties_the_store_too(tmp_path: Path, reset: bool) -> None:
    store = tmp_path / "simulator.sqlite3"
    with FakeHeyGen(store=store) as fake:
        create(fake)
        if reset:
            fake.reset()
    with FakeHeyGen(store=store) as again:
        assert len(again.backend.sessions) == (0 if reset else 1)
