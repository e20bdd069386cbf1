"""Batches on the shared simulator: a poller without a thread, creates run inline, timers by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from heygen_widgets.batch import Batch, Row
from heygen_widgets.fake import FakeHeyGen, StepClock
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from tests.poller.fakes import FakeClock, Timers

KEY = "sk-batch-test-3b8e1f"


class Inline:
    """A runner that runs the batch's work at once, in the caller's thread."""

    def submit(self, fn: Callable[[], None], /) -> None:
        fn()


def rows(*prompts: str, **options: Any) -> list[Row]:
    """Rows numbered from 1; equal prompts get growing occurrences, as `read_rows` gives them."""
    seen: dict[str, int] = {}
    made = []
    for number, prompt in enumerate(prompts, start=1):
        made.append(Row(number, prompt, occurrence=seen.get(prompt, 0), **options))
        seen[prompt] = seen.get(prompt, 0) + 1
    return made


def sessions_for(fake: FakeHeyGen, prompt: str) -> list[Any]:
    """The simulator's sessions created with this prompt (what was paid for)."""
    return [s for s in fake.backend.sessions.values() if s.prompt == prompt]


def step_clock(fake: FakeHeyGen) -> StepClock:
    """The shared simulator's clock, which moves only when told."""
    clock = fake.backend.clock
    assert isinstance(clock, StepClock)
    return clock


def creates(fake: FakeHeyGen) -> list[Any]:
    """The create requests the simulator logged."""
    return [r for r in fake.requests if r.operation == "createVideoAgentV3"]


@pytest.fixture
def connection(fake: FakeHeyGen) -> Iterator[Connection]:
    with Connection(Transport(fake.url, KEY, sleep=lambda _s: None, timeout=10)) as conn:
        yield conn


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def poller(clock: FakeClock) -> Iterator[Poller]:
    with Poller(clock=clock, autostart=False) as poll:
        yield poll


@pytest.fixture
def timers() -> Timers:
    return Timers()


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "prompts.csv.ledger.sqlite"


@pytest.fixture
def make_batch(
    fake: FakeHeyGen, connection: Connection, poller: Poller, timers: Timers, ledger_path: Path
) -> Iterator[Callable[..., Batch]]:
    """Batches on the simulator; the ledger's clock is the simulator's, as HeyGen's and ours agree."""
    made: list[Batch] = []

    def make(source: Any, **options: Any) -> Batch:
        settings: dict[str, Any] = {
            "connection": connection,
            "poller": poller,
            "ledger": ledger_path,
            "runner": Inline(),
            "schedule": timers,
            "clock": fake.backend.clock.now,
            "listing_lag": 0.0,
        }
        batch = Batch(source, **{**settings, **options})
        made.append(batch)
        return batch

    yield make
    for batch in made:
        batch.close()


@pytest.fixture
def drive(fake: FakeHeyGen, poller: Poller, clock: FakeClock) -> Callable[..., int]:
    """Let the simulator's agents work and the poller read, until ``done()`` or ``rounds`` pass."""

    def run(done: Callable[[], bool], rounds: int = 40) -> int:
        for used in range(rounds):
            if done():
                return used
            fake.run_until_idle()
            clock.advance(poller.poll_once())
        return rounds

    return run
