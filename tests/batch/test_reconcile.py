"""Uncertain creates are settled against the account's sessions: never a second paid session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from heygen_widgets.batch import Batch, Ledger, Row, State
from heygen_widgets.batch.reconcile import reconcile
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection
from tests.batch.conftest import creates, rows, sessions_for, step_clock
from tests.poller.fakes import Timers

PROMPTS = ["First clip", "Second clip", "Third clip", "Fourth clip"]

# fault kind and options -> whether the simulator processed the create (a session exists)
FAULTS = {
    "drop": ({}, False),
    "drop_after": ({}, True),
    "error_500": ({"status": 500}, False),
    "error_503": ({"status": 503}, False),
    "malformed": ({}, True),
    "off_spec": ({}, True),
}


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_every_fault_on_create_ends_with_one_session_per_row(
    name: str, fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    options, processed = FAULTS[name]
    batch = make_batch(rows(*PROMPTS), concurrency=2)
    fake.inject(name.removesuffix("_500").removesuffix("_503"), "createVideoAgentV3", **options)
    batch.start()  # the first create meets the fault; it is settled before the next create
    first = batch.entries()[0]
    assert first.state is State.RUNNING
    assert first.creates == (1 if processed else 2)  # adopted, or created again once certainly absent
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FINISHED] * 4
    assert [len(sessions_for(fake, p)) for p in PROMPTS] == [1, 1, 1, 1]
    assert len(fake.backend.sessions) == 4  # what the account paid for: one video per row
    assert len(creates(fake)) == (4 if processed else 5)


def _creating(ledger: Ledger, row: Row, at: float) -> None:
    ledger.add([row])
    assert ledger.intend(row.key, at)


def test_two_uncertain_rows_with_one_prompt_take_one_session_each(
    fake: FakeHeyGen, connection: Connection, ledger_path: Path
) -> None:
    twins = rows("Same words", "Same words")
    now = fake.backend.clock.now()
    with Ledger(ledger_path) as ledger:
        for row in twins:
            _creating(ledger, row, now)
        landed = connection.create("Same words", mode="generate").session_id  # only one create landed
        verdicts = reconcile(connection, ledger.entries(), ledger.claimed_sessions(), now=now, lag=0)
    assert list(verdicts.adopted) == [twins[0].key]
    assert verdicts.adopted[twins[0].key].session_id == landed
    assert verdicts.absent == [twins[1].key]


def test_both_landed_twins_adopt_different_sessions(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], connection: Connection, ledger_path: Path
) -> None:
    twins = rows("Twin prompt", "Twin prompt")
    with Ledger(ledger_path) as ledger:
        for row in twins:
            _creating(ledger, row, fake.backend.clock.now())
    made = {connection.create("Twin prompt", mode="generate").session_id for _ in twins}
    batch = make_batch(twins).start()
    assert {e.session_id for e in batch.entries()} == made
    assert [e.state for e in batch.entries()] == [State.RUNNING, State.RUNNING]
    assert len(sessions_for(fake, "Twin prompt")) == 2


def test_old_claimed_and_other_family_sessions_are_never_adopted(
    fake: FakeHeyGen, connection: Connection, ledger_path: Path
) -> None:
    row = Row(1, "Reused words")
    old = connection.create("Reused words", mode="generate").session_id
    step_clock(fake).advance(3600)  # an hour later: older than any intent less the skew
    claimed = connection.create("Reused words", mode="generate").session_id
    other_family = connection.create("Reused words", family="sessions").session_id
    now = fake.backend.clock.now()
    with Ledger(ledger_path) as ledger:
        ledger.add([Row(2, "someone else's")])
        ledger.created(Row(2, "someone else's").key, claimed, "chat")
        _creating(ledger, row, now)
        verdicts = reconcile(connection, ledger.entries(), ledger.claimed_sessions(), now=now, lag=0)
    assert verdicts.absent == [row.key] and not verdicts.adopted
    assert {old, claimed, other_family} <= set(fake.backend.sessions)


def test_a_create_not_yet_listed_waits_before_it_is_called_absent(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], timers: Timers
) -> None:
    fake.inject("drop", "createVideoAgentV3")  # not processed: no session will ever appear
    batch = make_batch(rows("Patient"), listing_lag=10.0).start()
    entry = batch.entries()[0]
    assert entry.state is State.CREATING and "may still appear" in (entry.error or "")
    assert [t.delay for t in timers.pending] == [pytest.approx(10.0)]
    assert not fake.backend.sessions
    step_clock(fake).advance(10)
    timers.fire()
    assert batch.entries()[0].state is State.RUNNING and len(sessions_for(fake, "Patient")) == 1


def test_no_create_is_sent_while_the_session_list_cannot_be_read(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], timers: Timers, drive: Callable[..., int]
) -> None:
    fake.inject("drop", "createVideoAgentV3")
    fake.inject("error", "listVideoAgentSessions", status=503, times=8)  # more than the retries
    batch = make_batch(rows("Careful", "Next"), concurrency=2).start()
    assert [e.state for e in batch.entries()] == [State.CREATING, State.QUEUED]
    assert "could not read the account's sessions" in (batch.entries()[0].error or "")
    assert len(creates(fake)) == 1 and len(timers.pending) == 1
    fake.faults.clear()
    timers.fire()
    drive(lambda: batch.finished)
    assert [len(sessions_for(fake, p)) for p in ("Careful", "Next")] == [1, 1]


def test_reconcile_settles_rows_left_creating_by_a_crash(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], connection: Connection, ledger_path: Path
) -> None:
    landed, lost = rows("Landed before the crash", "Lost in the crash")
    with Ledger(ledger_path) as ledger:
        for row in (landed, lost):
            _creating(ledger, row, fake.backend.clock.now())
    connection.create(landed.prompt, mode="generate")
    batch = make_batch([landed, lost])
    assert batch.reconcile() == 2
    assert [e.state for e in batch.entries()] == [State.RUNNING, State.QUEUED]


def test_a_new_session_that_shows_no_message_yet_is_waited_for(
    fake: FakeHeyGen, connection: Connection, ledger_path: Path
) -> None:
    row = Row(1, "Quiet at first")
    now = fake.backend.clock.now()
    landed = connection.create(row.prompt, mode="generate").session_id
    fake.backend.override_answer(landed, {"messages": []})  # HeyGen has not recorded the prompt yet
    with Ledger(ledger_path) as ledger:
        _creating(ledger, row, now)
        quiet = reconcile(connection, ledger.entries(), ledger.claimed_sessions(), now=now, lag=0)
        assert not quiet.absent and "shows no message yet" in quiet.unsure[row.key]
        fake.backend.override_answer(landed, None)
        later = reconcile(connection, ledger.entries(), ledger.claimed_sessions(), now=now, lag=0)
    assert later.adopted[row.key].session_id == landed


def test_creates_that_keep_failing_uncertainly_are_tried_again_later_each_time(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], timers: Timers
) -> None:
    fake.inject("error", "createVideoAgentV3", status=500, times=3)
    batch = make_batch(rows("Flaky", "Also flaky")).start()
    assert len(creates(fake)) == 2  # the first was settled at once and sent again
    assert [t.delay for t in timers.pending] == [5.0] and batch.entries()[0].state is State.CREATING
    batch.fill()  # a session finishing elsewhere asks for a fill: it settles, and still waits
    assert len(creates(fake)) == 2 and batch.entries()[0].state is State.QUEUED
    timers.fire()
    assert len(creates(fake)) == 3 and [t.delay for t in timers.pending] == [10.0]
    timers.fire()
    assert batch.entries()[0].state is State.RUNNING and len(sessions_for(fake, "Flaky")) == 1
    assert batch.entries()[0].creates == 4 and len(sessions_for(fake, "Also flaky")) == 1
