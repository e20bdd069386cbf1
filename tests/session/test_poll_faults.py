"""The poller's reads over sockets: a rate-limited or failing session costs one request per poll, no sleep."""

from __future__ import annotations

from collections.abc import Iterator
from random import Random
from statistics import median

import pytest

from heygen_widgets.errors import RateLimitError
from heygen_widgets.fake import FakeHeyGen, ManualClock
from heygen_widgets.poller import Event, Failed, Finished, Pace, Poller
from heygen_widgets.session import Connection, Transport
from tests.poller.fakes import FakeClock, Recorder
from tests.session.conftest import KEY, Sleeps


@pytest.fixture
def patient(fake: FakeHeyGen, sleeps: Sleeps) -> Iterator[Connection]:
    """A connection whose scripted retries would record their sleeps: the poller must not make any."""
    with Connection(Transport(fake.url, KEY, sleep=sleeps, jitter=lambda: 0.5)) as conn:
        yield conn


def reads(fake: FakeHeyGen, operation: str) -> int:
    return sum(r.operation == operation for r in fake.requests)


def test_a_session_answering_429_on_every_read_holds_only_itself(
    fake: FakeHeyGen, patient: Connection, sleeps: Sleeps
) -> None:
    limited = patient.create("Held back", family="sessions")
    healthy = patient.create("Going on")
    fake.inject("rate_limit", "getInteractiveSession", retry_after=30, times=-1)
    clock, told_limited, told_healthy = FakeClock(), Recorder(), Recorder()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(limited, told_limited)
        poller.watch(healthy, told_healthy)
        assert poller.poll_once() == 1.0  # the healthy one's working pace: nothing slept
        assert reads(fake, "getInteractiveSession") == 1 and sleeps == []
        [failed] = told_limited.events
        assert isinstance(failed, Failed) and isinstance(failed.error, RateLimitError)
        assert failed.retry_in == 30.0
        started = clock.now
        while clock.now < started + 29.0:
            clock.advance(poller.poll_once())
        assert reads(fake, "getInteractiveSession") == 1  # held for its Retry-After, in the schedule
        assert reads(fake, "getVideoAgentSession") >= 29  # read every second meanwhile
        while clock.now < started + 31.0:
            clock.advance(poller.poll_once())
    assert reads(fake, "getInteractiveSession") == 2 and sleeps == []
    assert told_healthy.kinds() == ["Changed"]


def test_scripts_still_retry_patiently(fake: FakeHeyGen, patient: Connection, sleeps: Sleeps) -> None:
    session = patient.create("A script")
    fake.inject("rate_limit", "getVideoAgentSession", retry_after=7, times=2)
    assert session.refresh().status == "thinking"
    assert sleeps == [7.0, 7.0] and reads(fake, "getVideoAgentSession") == 3


def lifecycles(faulty: bool, count: int = 100) -> tuple[list[float], list[float], int]:
    """``count`` generate-mode sessions watched to the end, on the simulator's own manual clock.

    Returns the simulated second each session finished at (in order), the transport's sleeps,
    and how many reads failed. With ``faulty``, 30 % of the requests fail (500, drop or drop_after, at
    random): the simulator's faults apply to the next requests of an operation, so before each
    poller step as many are set as 30 % of the previous step's requests, and which session's
    read takes each one depends on the order the workers send them.
    """
    clock, sleeps, pick = ManualClock(), Sleeps(), Random(10)  # noqa: S311 - which fault, not a secret
    finished: dict[str, float] = {}
    failures = 0

    def on_event(event: Event) -> None:
        nonlocal failures
        if isinstance(event, Finished):
            finished[event.session_id] = clock.seconds
        failures += isinstance(event, Failed)

    with (
        FakeHeyGen(clock=clock, concurrent_jobs=None) as fake,
        Connection(Transport(fake.url, KEY, sleep=sleeps)) as conn,
        Poller(clock=clock, autostart=False, budget=1000) as poller,
    ):
        for n in range(count):
            poller.watch(conn.create(f"Video {n} about alpha", mode="generate"), on_event)
        last_step = count
        while clock.seconds < 3600:
            fake.faults.clear()
            for _ in range(round(0.3 * last_step) if faulty else 0):
                fake.inject(pick.choice(["error", "drop", "drop_after"]), "*", status=500)
            before = len(fake.requests)
            wait = poller.poll_once()
            last_step = len(fake.requests) - before
            if len(finished) == count:
                break
            clock.seconds += wait
    assert len(finished) == count, f"{count - len(finished)} sessions did not finish"
    return sorted(finished.values()), sleeps, failures


def test_a_hundred_sessions_under_random_faults_finish_about_as_fast_without_one_sleep() -> None:
    calm, calm_sleeps, calm_failures = lifecycles(faulty=False)
    rough, rough_sleeps, rough_failures = lifecycles(faulty=True)
    assert calm_sleeps == [] and rough_sleeps == []  # no read made for the poller ever slept
    assert calm_failures == 0 and rough_failures > 50
    assert median(rough) <= 1.5 * median(calm), (median(calm), median(rough))
    # The slowest is a session that failed several reads in a row: its own backoff, no one else's.
    assert rough[-1] <= calm[-1] + 2 * Pace().error_max, (calm[-1], rough[-1])
