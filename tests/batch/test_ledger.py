"""The ledger: round trips, durability across connections, and the file's own rules."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from heygen_widgets.batch import Entry, Ledger, Row, State
from heygen_widgets.batch.ledger import SCHEMA_VERSION, default_path


def test_default_path_is_beside_a_csv_else_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_path(tmp_path / "prompts.csv") == tmp_path / "prompts.csv.ledger.sqlite"
    assert default_path("data/lessons.csv") == Path("data/lessons.csv.ledger.sqlite")
    monkeypatch.chdir(tmp_path)
    assert default_path(["a prompt"]) == tmp_path / "heygen-batch.sqlite"
    assert default_path(None) == tmp_path / "heygen-batch.sqlite"


def test_every_step_of_a_row_round_trips_and_a_second_ledger_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    first, second = Row(1, "A tour of the office", name="tour"), Row(2, "A recipe", orientation="portrait")
    ledger = Ledger(path, clock=lambda: 50.0)
    ledger.add([first, second])
    assert [(e.number, e.prompt, e.name, e.state) for e in ledger.entries()] == [
        (1, "A tour of the office", "tour", State.QUEUED),
        (2, "A recipe", None, State.QUEUED),
    ]
    assert ledger.intend(first.key, at=100.0) is True
    assert ledger.intend(first.key, at=101.0) is False  # only a queued row is taken
    running = ledger.created(first.key, "sess_1", "chat")
    assert (running.state, running.session_id, running.creates, running.intent_at) == (
        State.RUNNING,
        "sess_1",
        1,
        100.0,
    )
    done = ledger.update(
        first.key, state=State.FINISHED, status="completed", title="Tour", video_id="v1", duration=4.0
    )
    assert (done.state, done.title, done.video_id, done.duration, done.updated_at) == (
        State.FINISHED,
        "Tour",
        "v1",
        4.0,
        50.0,
    )
    other = Ledger(path)  # another connection (another process, after a crash) sees every commit
    assert other.entries([second.key, first.key]) == [ledger.entry(second.key), done]
    assert other.claimed_sessions() == {"sess_1"}
    assert other.rows() == [first, second]
    ledger.close()
    other.close()


def test_adding_rows_again_keeps_their_state_and_takes_their_new_position(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        row = Row(1, "Same prompt")
        ledger.add([row])
        ledger.intend(row.key, 1.0)
        ledger.add([Row(7, "Same prompt", name="moved")])
        entry = ledger.entry(row.key)
        assert entry is not None and (entry.state, entry.number, entry.name) == (State.CREATING, 7, "moved")


def test_only_from_guards_a_change_and_claims_outlive_a_retry(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite", clock=lambda: 9.0) as ledger:
        row = Row(1, "p")
        ledger.add([row])
        ledger.intend(row.key, 1.0)
        ledger.created(row.key, "sess_old", "chat")
        unchanged = ledger.update(row.key, only_from=[State.FAILED], state=State.QUEUED)
        assert unchanged.state is State.RUNNING
        ledger.update(row.key, state=State.FAILED, error="The render failed.")
        ledger.update(row.key, only_from=[State.FAILED], state=State.QUEUED, session_id=None, error=None)
        assert ledger.entry(row.key) == Entry(
            row.key,
            1,
            "p",
            None,
            State.QUEUED,
            intent_at=1.0,
            creates=1,
            updated_at=9.0,
        )
        assert ledger.claimed_sessions() == {"sess_old"}  # never a candidate for this row again


def test_bad_changes_are_refused(tmp_path: Path) -> None:
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add([Row(1, "p")])
        with pytest.raises(TypeError, match="prompt"):
            ledger.update(Row(1, "p").key, prompt="other")
        with pytest.raises(KeyError):
            ledger.update("no-such-row", state=State.FAILED)
        assert ledger.entry("no-such-row") is None


def test_the_file_is_wal_synchronous_full_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    with Ledger(path) as ledger:
        assert ledger._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(ValueError, match="newer heygen-widgets") as found:
        Ledger(path)
    assert "\n" not in str(found.value)


def test_a_file_that_is_not_a_ledger_is_named_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "prompts.csv"
    path.write_text("prompt\nA tour\n")
    with pytest.raises(ValueError, match="is not a batch ledger") as found:
        Ledger(path)
    assert str(path) in str(found.value) and "\n" not in str(found.value)


def test_threads_share_one_ledger(tmp_path: Path) -> None:
    rows = [Row(n, f"prompt {n}") for n in range(1, 41)]
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ledger.add(rows)

        def work(part: list[Row]) -> None:
            for row in part:
                ledger.intend(row.key, 1.0)
                ledger.created(row.key, f"sess_{row.number}", "chat")

        threads = [threading.Thread(target=work, args=(rows[i::4],)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
            assert not thread.is_alive()
        assert {e.state for e in ledger.entries()} == {State.RUNNING}
        assert len(ledger.claimed_sessions()) == 40
