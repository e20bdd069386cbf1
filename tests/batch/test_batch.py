"""A batch on the simulator: creates within the limit, watches, records, cancels and retries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from heygen_widgets.batch import Batch, Row, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from tests.batch.conftest import KEY, creates, rows, sessions_for
from tests.poller.fakes import Timers


def test_rows_run_within_the_concurrency_and_finish_with_their_videos(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int], ledger_path: Path
) -> None:
    prompts = [f"Clip {n}" for n in range(5)]
    batch = make_batch(rows(*prompts, name="clip"), concurrency=2)
    assert len(fake.backend.sessions) == 0  # nothing is sent before start
    batch.start()
    assert len(fake.backend.sessions) == 2
    assert [e.state for e in batch.entries()] == [State.RUNNING] * 2 + [State.QUEUED] * 3
    watched = batch.session(batch.keys[0])
    assert watched is not None and watched.session_id == batch.entries()[0].session_id
    assert batch.session(batch.keys[2]) is None
    drive(lambda: batch.finished)
    assert batch.finished and not batch.stopped
    assert all(len(sessions_for(fake, p)) == 1 for p in prompts)
    entries = batch.wait(timeout=0)
    assert [e.state for e in entries] == [State.FINISHED] * 5
    assert all(e.video_id and e.video_url and e.duration == 4.0 and e.creates == 1 for e in entries)
    assert all(e.status == "completed" and e.title for e in entries)
    results = batch.results()
    assert [r["prompt"] for r in results] == prompts
    assert results[0]["state"] == "finished" and results[0]["video_url"].endswith(".webm")
    batch.close()
    stored = b"".join(p.read_bytes() for p in ledger_path.parent.glob(ledger_path.name + "*"))
    assert KEY.encode() not in stored and b"Clip 4" in stored


def test_a_failed_session_fails_its_row_with_the_reason_and_the_others_go_on(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    batch = make_batch(rows("Good one", "Bad one #fail", "Another good one")).start()
    drive(lambda: batch.finished)
    states = [(e.state, e.error) for e in batch.entries()]
    assert states[0] == (State.FINISHED, None) and states[2] == (State.FINISHED, None)
    assert states[1][0] is State.FAILED and "the prompt asked to fail" in (states[1][1] or "")


def test_a_create_refused_for_good_fails_that_row_only(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    fake.inject("error", "createVideoAgentV3", status=400)
    batch = make_batch(rows("Refused", "Accepted"), concurrency=1).start()
    drive(lambda: batch.finished)
    refused, accepted = batch.entries()
    assert refused.state is State.FAILED and (refused.error or "").startswith("not started:")
    assert "\n" not in (refused.error or "")
    assert accepted.state is State.FINISHED
    assert not sessions_for(fake, "Refused")


def test_cancel_stops_every_running_session_and_cancels_the_queue(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], poller: Poller
) -> None:
    batch = make_batch(rows("a", "b", "c"), concurrency=2).start()
    assert batch.cancel() == 2
    assert [e.state for e in batch.entries()] == [State.CANCELLED] * 3
    assert batch.finished and not poller.session_ids
    assert all(s.stop_requested for s in fake.backend.sessions.values())
    assert len(fake.backend.sessions) == 2 and batch.wait(timeout=0)
    batch.fill()
    assert len(fake.backend.sessions) == 2  # nothing more starts


def test_retry_failed_makes_a_new_session_for_each_failed_row(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    fake.inject("error", "createVideoAgentV3", status=400)  # the first row is refused, creating nothing
    batch = make_batch(rows("Refused once", "Fails in HeyGen", "Fine")).start()
    failing = next(s for s in fake.backend.sessions.values() if s.prompt == "Fails in HeyGen")
    fake.backend.fail(failing.id, "the render farm caught fire")
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FAILED, State.FAILED, State.FINISHED]
    assert "render farm" in (batch.entries()[1].error or "")
    assert batch.retry_failed() == 2
    drive(lambda: batch.finished)
    assert [e.state for e in batch.entries()] == [State.FINISHED] * 3
    assert [e.creates for e in batch.entries()] == [2, 2, 1]
    assert len(sessions_for(fake, "Refused once")) == 1  # its first create made nothing
    assert len(sessions_for(fake, "Fails in HeyGen")) == 2  # the failed one and the new one
    assert batch.entries()[1].session_id != failing.id


def test_subscribers_hear_every_change_until_they_unsubscribe(
    make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    batch = make_batch(rows("Only one"))
    heard: list[State] = []
    unsubscribe = batch.subscribe(lambda entry: heard.append(entry.state))
    batch.start()
    drive(lambda: batch.finished)
    assert heard[0] is State.CREATING and State.RUNNING in heard and heard[-1] is State.FINISHED
    unsubscribe()
    count = len(heard)
    batch.retry_failed()
    assert len(heard) == count


def test_equal_rows_without_their_occurrence_are_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"Rows 1 and 2 .* occurrence=1") as found:
        Batch([Row(1, "same"), Row(2, "same")], ledger=tmp_path / "l.sqlite")
    assert "\n" not in str(found.value)


def test_a_batch_resumes_where_the_last_one_stopped(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int], poller: Poller
) -> None:
    prompts = ["One", "Two", "Three", "Four"]
    first = make_batch(rows(*prompts), concurrency=2).start()
    assert len(fake.backend.sessions) == 2
    first.close()  # a kernel restart: the sessions go on at HeyGen
    assert not poller.session_ids
    fake.run_until_idle()
    again = make_batch(rows(*prompts), concurrency=2).start()
    assert len(poller.session_ids) == 2  # the two running rows, attached again; nothing created yet
    drive(lambda: again.finished)
    assert [e.state for e in again.entries()] == [State.FINISHED] * 4
    assert all(len(sessions_for(fake, p)) == 1 for p in prompts)
    assert len(creates(fake)) == 4


def test_a_second_batch_on_the_same_rows_takes_over_from_the_first(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    first = make_batch(rows("x", "y", "z"), concurrency=1).start()
    second = make_batch(rows("x", "y", "z"), concurrency=1).start()  # the same cell run again
    assert first._state.closed  # it starts nothing more
    drive(lambda: second.finished)
    assert [len(sessions_for(fake, p)) for p in "xyz"] == [1, 1, 1]


def test_timers_left_by_a_batch_are_cancelled_when_it_closes(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], timers: Timers
) -> None:
    fake.inject("rate_limit", "createVideoAgentV3")
    batch = make_batch(rows("later")).start()
    assert len(timers.pending) == 1
    batch.close()
    assert not timers.pending


def test_rows_from_a_csv_keep_their_ledger_beside_it_and_bad_rows_send_nothing(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int], tmp_path: Path
) -> None:
    table = tmp_path / "catalogue.csv"
    table.write_text(
        "prompt,orientation,sku\nA red kettle,portrait,K1\n,landscape,K2\nA blue mug,sideways,M1\n"
    )
    batch = make_batch(table, ledger=None, keep=["sku"]).start()
    assert batch.ledger.path == tmp_path / "catalogue.csv.ledger.sqlite"
    assert [str(p) for p in batch.problems] == [
        "Row 2 (line 3, column 'prompt'): " + batch.problems[0].message,
        "Row 3 (line 4, column 'orientation'): " + batch.problems[1].message,
    ]
    drive(lambda: batch.finished)
    assert [(r["prompt"], r["sku"], r["state"]) for r in batch.results()] == [
        ("A red kettle", "K1", "finished")
    ]
    assert [s.prompt for s in fake.backend.sessions.values()] == ["A red kettle"]
    assert fake.backend.sessions[batch.entries()[0].session_id or ""].options["orientation"] == "portrait"


def test_a_list_of_prompts_is_a_batch_and_equal_prompts_are_two_videos(
    fake: FakeHeyGen, make_batch: Callable[..., Batch], drive: Callable[..., int]
) -> None:
    batch = make_batch(["Same again", "Same again", "Different"]).start()
    drive(lambda: batch.finished)
    assert len(sessions_for(fake, "Same again")) == 2 and len(set(batch.keys)) == 3
