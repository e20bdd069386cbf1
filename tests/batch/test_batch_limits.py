"""HeyGen's job limit (429), shared with other tools, and an account out of credits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from heygen_widgets.batch import Batch, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from tests.batch.conftest import Inline, creates, rows, sessions_for
from tests.poller.fakes import FakeClock, Timers


def test_a_refused_create_is_tried_again_on_the_schedule_with_a_growing_wait(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], timers: Timers, drive: Callable[..., int]
) -> None:
    fake.inject("rate_limit", "createVideoAgentV3", times=2, retry_after=1)
    batch = make_batch(rows("a", "b"), concurrency=2).start()
    assert not fake.backend.sessions and [e.state for e in batch.entries()] == [State.QUEUED] * 2
    assert "429" in (batch.entries()[0].error or "")
    assert [t.delay for t in timers.pending] == [5.0]  # the gallery's first wait (Retry-After is 1 s)
    timers.fire()
    assert not fake.backend.sessions and [t.delay for t in timers.pending] == [10.0]
    timers.fire()
    assert len(fake.backend.sessions) == 1  # while HeyGen refused, the batch runs fewer at once
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FINISHED] * 2
    assert [len(sessions_for(fake, p)) for p in "ab"] == [1, 1]
    assert [e.creates for e in batch.entries()] == [3, 1]


def test_the_job_limit_shared_with_another_tool_lowers_the_pace_instead_of_failing(
    poller: Poller, clock: FakeClock, timers: Timers, tmp_path: Path
) -> None:
    prompts = [f"Lesson {n}" for n in range(6)]
    with (
        FakeHeyGen(concurrent_jobs=3) as strict,
        Connection(Transport(strict.url, "k", sleep=lambda _s: None)) as connection,
    ):
        strict.backend.limits.outside_jobs = 1  # another notebook holds one of the account's jobs
        batch = Batch(
            rows(*prompts),
            connection=connection,
            poller=poller,
            ledger=tmp_path / "l.sqlite",
            concurrency=3,
            runner=Inline(),
            schedule=timers,
            clock=strict.backend.clock.now,
        )
        batch.start()
        assert len(strict.backend.sessions) == 2 and batch._state.slots.limit == 2
        refused = [r for r in strict.requests if r.status == 429]
        assert len(refused) == 1  # one refusal, then it waits: no hammering
        for _ in range(60):
            if batch.finished:
                break
            strict.run_until_idle()
            clock.advance(poller.poll_once())
            timers.fire()
        assert [e.state for e in batch.entries()] == [State.FINISHED] * 6
        assert all(len([s for s in strict.backend.sessions.values() if s.prompt == p]) == 1 for p in prompts)
        batch.close()


def test_out_of_credits_stops_cleanly_and_a_later_start_resumes(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    batch = make_batch(rows("Paid", "Unpaid", "Also unpaid"), concurrency=1).start()
    fake.run_until_idle()  # the first video renders (and is paid for)
    fake.backend.set_balance(0.5)  # less than the shortest video: the next create is refused (402)
    drive(lambda: batch.stopped is not None)
    assert batch.stopped is not None and "credits" in batch.stopped and "\n" not in batch.stopped
    assert [e.state for e in batch.wait(timeout=5)] == [State.FINISHED, State.QUEUED, State.QUEUED]
    assert not batch.finished and len(fake.backend.sessions) == 1
    assert [r.status for r in creates(fake)] == [200, 402]
    batch.fill()
    assert len(creates(fake)) == 2  # a stopped batch starts nothing until it is started again
    fake.backend.set_balance(1000.0)  # credits were added
    batch.start()
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FINISHED] * 3 and batch.stopped is None


def test_a_render_refused_for_want_of_credits_fails_its_row_and_stops_the_batch(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    fake.backend.set_balance(1.0)  # enough to create, not to render a whole storyboard
    batch = make_batch(rows("Costly", "Waits"), concurrency=1).start()
    drive(lambda: batch.stopped is not None)
    costly, waits = batch.wait(timeout=5)
    assert costly.state is State.FAILED and "credits" in (costly.error or "")
    assert waits.state is State.QUEUED and len(creates(fake)) == 1
    fake.backend.set_balance(1000.0)
    assert batch.retry_failed() == 1
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FINISHED, State.FINISHED]


def test_a_key_without_the_scope_to_create_stops_the_batch_instead_of_failing_every_row(
    fake: FakeHeyGen, make_batch: Callable[..., Batch]
) -> None:
    fake.inject("scope", "createVideoAgentV3")
    batch = make_batch(rows("a", "b", "c")).start()
    assert batch.stopped is not None and "video_agent:write" in batch.stopped
    assert [e.state for e in batch.wait(timeout=5)] == [State.QUEUED] * 3
    assert len(creates(fake)) == 1


def test_held_down_behind_a_stuck_session_the_batch_probes_for_freed_slots(
    poller: Poller, timers: Timers, tmp_path: Path
) -> None:
    """Its own sessions may never free a slot; another tool's may: the batch asks again on the backoff."""
    with (
        FakeHeyGen(concurrent_jobs=3) as strict,
        Connection(Transport(strict.url, "k", sleep=lambda _s: None)) as connection,
    ):
        strict.backend.limits.outside_jobs = 2  # another tool holds two of the three jobs
        batch = Batch(
            rows("Stuck #stuck-render", "Second", "Third"),
            connection=connection,
            poller=poller,
            ledger=tmp_path / "l.sqlite",
            concurrency=3,
            runner=Inline(),
            schedule=timers,
            clock=strict.backend.clock.now,
        )
        batch.start()
        assert len(strict.backend.sessions) == 1 and batch._state.slots.limit == 1  # the 429 held it
        strict.backend.limits.outside_jobs = 0  # the other tool is done; the stuck session frees nothing
        assert [t.delay for t in timers.pending] == [5.0]
        timers.fire()
        assert len(strict.backend.sessions) == 2
        assert [t.delay for t in timers.pending] == [5.0]  # still below its concurrency: it asks again
        timers.fire()
        assert len(strict.backend.sessions) == 3  # probes, not finishes, found the freed slots
        assert not timers.pending  # at its concurrency: nothing more to ask
        batch.close()
