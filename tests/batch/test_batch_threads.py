"""A batch on its own threads: `run` returns when every row is done, and `close` joins them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from heygen_widgets.batch import Batch, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Pace, Poller
from heygen_widgets.session import Connection, Transport
from tests.batch.conftest import rows

FAST = Pace(quick=0.05, working=0.05, rendering_start=0.05, rendering_max=0.1, error_start=0.05)


def batch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("heygen-batch") and t.is_alive()]


@pytest.fixture
def timed() -> Iterator[tuple[FakeHeyGen, Connection, Poller]]:
    with (
        FakeHeyGen(timed=True, speed=40.0, render_seconds=2.0) as fake,
        Connection(Transport(fake.url, "k", timeout=5)) as connection,
        Poller(pace=FAST, budget=200) as poller,
    ):
        yield fake, connection, poller


def test_run_returns_once_every_row_is_done_and_close_joins_the_batch_thread(
    timed: tuple[FakeHeyGen, Connection, Poller], tmp_path: Path
) -> None:
    _, connection, poller = timed
    batch = Batch(
        rows("One", "Two", "Three"), connection=connection, poller=poller, ledger=tmp_path / "l.sqlite"
    )
    entries = batch.run(timeout=30)
    assert [e.state for e in entries] == [State.FINISHED] * 3
    assert batch_threads()
    batch.close()
    assert not batch_threads()


def test_close_waits_for_a_create_in_flight_so_its_session_is_recorded(
    timed: tuple[FakeHeyGen, Connection, Poller], tmp_path: Path
) -> None:
    fake, connection, poller = timed
    fake.inject("latency", "createVideoAgentV3", seconds=0.5)
    arrived = threading.Event()
    record = fake.faults.take

    def take_and_tell(operation: str, kinds: frozenset[str]) -> object:
        found = record(operation, kinds)
        if operation == "createVideoAgentV3":
            arrived.set()
        return found

    fake.faults.take = take_and_tell  # type: ignore[method-assign,assignment]
    batch = Batch(rows("Slow to answer"), connection=connection, poller=poller, ledger=tmp_path / "l.sqlite")
    batch.start()
    assert arrived.wait(10)  # the create is at the simulator, its answer half a second away
    batch.close()
    (entry,) = batch.entries()
    assert entry.state is State.RUNNING and entry.session_id in fake.backend.sessions
