"""The request budget: many sessions never exceed it, the nudged go first, stretched intervals are told."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller, Throttled
from heygen_widgets.poller._budget import Budget
from heygen_widgets.session import Connection, Session, Transport
from heygen_widgets.snapshot import Snapshot
from tests.poller.fakes import FakeClock, Recorder, ScriptedSession, snap

RATE = 5.0


class Metered(ScriptedSession):
    """Counts requests as the session layer does: a first read also fetches three storyboard images."""

    def __init__(self, session_id: str, *script: Snapshot | Exception) -> None:
        super().__init__(session_id, *script)
        self.poll_requests = 0

    def poll(self) -> Snapshot:
        self.poll_requests += 4 if self.calls == 0 else 1
        return self.refresh()


def windows(spent: list[tuple[float, int]], span: float) -> int:
    """The most requests sent within any ``span`` seconds."""
    return max(sum(n for t, n in spent if start <= t < start + span) for start, _ in spent)


def drive(poller: Poller, clock: FakeClock, sessions: list[Metered], until: float) -> list[tuple[float, int]]:
    """Run the poller on the fake clock; (time, requests sent then) for each step."""
    spent = []
    while clock.now < until:
        before = sum(s.poll_requests for s in sessions)
        wait = poller.poll_once()
        spent.append((clock.now, sum(s.poll_requests for s in sessions) - before))
        clock.advance(max(wait, 0.01))
    return spent


def test_a_hundred_sessions_never_exceed_the_budget(clock: FakeClock) -> None:
    sessions = [Metered(f"s{i}", snap("thinking", f"s{i}")) for i in range(100)]
    with Poller(clock=clock, autostart=False, budget=RATE) as poller:
        for session in sessions:
            poller.watch(session, Recorder())
        spent = drive(poller, clock, sessions, until=clock.now + 300)
    total = sum(n for _, n in spent)
    burst = 3 * RATE  # the default: three seconds' worth
    assert total <= RATE * 300 + burst
    assert total >= RATE * 300 * 0.9  # and it is used, not wasted
    for span in (1.0, 10.0, 60.0):
        assert windows(spent, span) <= RATE * span + burst, span  # the burst, no more
    assert all(s.calls >= 5 for s in sessions)  # nobody starves


def test_a_nudged_session_goes_before_a_backlog(clock: FakeClock) -> None:
    sessions = [Metered(f"s{i}", snap("thinking", f"s{i}")) for i in range(50)]
    with Poller(clock=clock, autostart=False, budget=RATE) as poller:
        for session in sessions:
            poller.watch(session, Recorder())
        drive(poller, clock, sessions, until=clock.now + 60)  # every session read; a backlog remains
        last = sessions[-1]
        calls = last.calls
        poller.nudge(last.session_id)
        clock.advance(poller.poll_once())
        poller.poll_once()
        assert last.calls == calls + 1  # within the next second, ahead of 49 sessions waiting


def test_stretched_intervals_are_told_and_the_end_of_it_too(clock: FakeClock) -> None:
    sessions = [Metered(f"s{i}", snap("thinking", f"s{i}")) for i in range(20)]
    told = Recorder()
    with Poller(clock=clock, autostart=False, budget=RATE) as poller:
        subscriptions = [poller.watch(session, told) for session in sessions]
        drive(poller, clock, sessions, until=clock.now + 30)  # 20 sessions at 1 s want 20 requests/s
        throttled = [e for e in told.events if isinstance(e, Throttled) and e.session_id == "s0"]
        assert throttled and throttled[0].interval is not None
        assert throttled[-1].interval == pytest.approx(20 / RATE, rel=0.3)  # about 4 s, not 1 s
        for subscription in subscriptions[1:]:
            subscription.cancel()  # the others go: the budget is enough again
        assert poller.session_ids == ("s0",)
        drive(poller, clock, sessions[:1], until=clock.now + 10)
    ends = [e for e in told.events if isinstance(e, Throttled) and e.session_id == "s0"]
    assert ends[-1] == Throttled("s0", None)
    assert sum(e.interval is None for e in ends) == 1


def test_the_budget_is_checked(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="budget must be a positive"):
        Poller(clock=clock, budget=0)
    with pytest.raises(ValueError, match="burst must be at least 1"):
        Budget(5.0, 0.5, clock)
    assert repr(Budget(5.0, None, clock)) == "Budget(rate=5/s, burst=15)"


@pytest.fixture
def many(fake: FakeHeyGen) -> Iterator[tuple[Connection, list[Session]]]:
    with Connection(Transport(fake.url, "budget-key", sleep=lambda _s: None)) as conn:
        sessions = [conn.create(f"Video {n} about alpha and beta") for n in range(100)]
        fake.run_until_idle()
        yield conn, sessions


def test_a_hundred_real_sessions_stay_within_the_budget_on_the_wire(
    fake: FakeHeyGen, many: tuple[Connection, list[Session]], clock: FakeClock
) -> None:
    _, sessions = many
    start = len(fake.requests)
    spent: list[tuple[float, int]] = []
    with Poller(clock=clock, autostart=False, budget=RATE) as poller:
        for session in sessions:
            poller.watch(session, Recorder())
        while clock.now < 1000 + 200:
            before = len(fake.requests)
            wait = poller.poll_once()
            spent.append((clock.now, len(fake.requests) - before))
            clock.advance(max(wait, 0.01))
    assert len(fake.requests) - start == sum(n for _, n in spent)  # every request counted
    for span in (1.0, 10.0, 60.0):
        assert windows(spent, span) <= RATE * span + 3 * RATE, span  # the default burst: 3 s worth
    assert all(s.last is not None and len(s.last.storyboard) == 4 for s in sessions)  # each was read
