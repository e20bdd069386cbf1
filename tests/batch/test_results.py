"""A batch's results as dicts, a CSV file and a DataFrame (pandas only when asked for)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from heygen_widgets.batch.download import file_names
from heygen_widgets.batch.ledger import Entry, State
from heygen_widgets.batch.results import (
    NO_PANDAS,
    BatchResults,
    result_columns,
    result_rows,
    to_csv,
    to_pandas,
)
from heygen_widgets.batch.rows import Row
from heygen_widgets.session import Connection, Transport

ROWS = [
    Row(1, "A tour of the new office", name="office tour", extra={"sku": "A-1", "team": "ops"}),
    Row(2, "Lesson one: fractions #fail-render", extra={"sku": "B-2", "team": "edu"}),
    Row(3, "What's new in March", extra={"sku": "C-3", "team": "pm"}),
]


def entries() -> list[Entry]:
    office, lesson, news = ROWS
    return [
        Entry(
            office.key, 1, office.prompt, office.name, State.FINISHED, session_id="sess_1",
            status="completed", title="Office tour", duration=42.5,
            video_url="https://cdn.example/v1.mp4?Signature=abc", video_id="vid_1",
        ),
        Entry(
            lesson.key, 2, lesson.prompt, None, State.FAILED, session_id="sess_2", status="failed",
            error="The render failed: try a shorter prompt.",
        ),
        Entry(news.key, 3, news.prompt, None, State.QUEUED),
    ]  # fmt: skip


def test_one_dict_per_row_with_the_kept_columns_between_the_row_and_its_outcome() -> None:
    results = result_rows(ROWS, entries(), keep=("sku",))

    assert list(results[0]) == [
        "number", "name", "prompt", "sku", "state", "session_id", "status", "title", "duration",
        "video_id", "video_url", "file", "error", "creates",
    ]  # fmt: skip
    assert list(results[0]) == result_columns(("sku",))
    assert [r["sku"] for r in results] == ["A-1", "B-2", "C-3"]
    assert "team" not in results[0]  # only the columns asked for
    first, failed, queued = results
    assert first["state"] == "finished"
    assert (first["name"], first["session_id"], first["duration"]) == ("office tour", "sess_1", 42.5)
    assert failed["error"] == "The render failed: try a shorter prompt."
    assert (queued["state"], queued["session_id"], queued["file"]) == ("queued", None, None)


def test_every_kept_column_by_default() -> None:
    results = result_rows(ROWS, entries())
    assert list(results[0])[:5] == ["number", "name", "prompt", "sku", "team"]
    assert results[0]["creates"] == 0 and results[0]["video_id"] == "vid_1"


def test_rows_are_joined_by_their_content_not_their_position() -> None:
    moved = [ROWS[2], ROWS[0], ROWS[1]]  # the CSV's rows in another order
    results = result_rows(moved, entries(), keep=("team",))
    assert [(r["number"], r["team"]) for r in results] == [(1, "ops"), (2, "edu"), (3, "pm")]


def test_file_is_the_downloaded_video_once_it_is_complete(tmp_path: Path) -> None:
    names = file_names(entries())
    assert result_rows(ROWS, entries(), folder=tmp_path)[0]["file"] is None
    (tmp_path / (names[ROWS[0].key] + ".part")).write_bytes(b"half")  # still downloading
    assert result_rows(ROWS, entries(), folder=tmp_path)[0]["file"] is None
    (tmp_path / names[ROWS[0].key]).write_bytes(b"video")
    results = result_rows(ROWS, entries(), folder=tmp_path)
    assert results[0]["file"] == str(tmp_path / "office-tour.mp4")
    assert [r["file"] for r in results[1:]] == [None, None]


def test_csv_has_a_header_and_empty_cells_for_what_is_unknown(tmp_path: Path) -> None:
    path = to_csv(result_rows(ROWS, entries(), keep=("sku",)), tmp_path / "results.csv")

    with path.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["sku"] for r in table] == ["A-1", "B-2", "C-3"]
    assert table[0]["duration"] == "42.5"
    assert table[2]["session_id"] == ""
    assert table[1]["error"] == "The render failed: try a shorter prompt."


def test_an_empty_csv_still_has_the_columns(tmp_path: Path) -> None:
    path = to_csv([], tmp_path / "empty.csv", result_columns(("sku",)))
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(result_columns(("sku",)))]


def test_to_pandas_makes_a_dataframe_with_the_columns_in_order() -> None:
    pd = pytest.importorskip("pandas")
    frame = to_pandas(result_rows(ROWS, entries(), keep=("sku",)))

    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == result_columns(("sku",))
    assert frame["state"].tolist() == ["finished", "failed", "queued"]
    assert frame.loc[0, "duration"] == 42.5
    empty = to_pandas([], result_columns())
    assert list(empty.columns) == result_columns() and len(empty) == 0


def test_without_pandas_one_line_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(ModuleNotFoundError) as caught:
        to_pandas(result_rows(ROWS, entries()))
    assert str(caught.value) == NO_PANDAS
    assert "pip install 'heygen-widgets[pandas]'" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_results_do_not_import_pandas() -> None:
    code = (
        "import sys; import heygen_widgets.batch.results as r; "
        "r.to_csv([], '/dev/null'); print('pandas' in sys.modules)"
    )
    answer = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert answer.stdout.strip() == "False"


class Host(BatchResults):
    """The least a batch sets for the mixin: rows, a connection and entries()."""

    def __init__(self) -> None:
        self.rows = ROWS
        self._connection = Connection(Transport("http://127.0.0.1:9", "sk-unused"))

    @property
    def connection(self) -> Connection:
        return self._connection

    def entries(self) -> list[Entry]:
        return entries()


def test_the_mixin_gives_a_batch_its_tables(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    host = Host()
    try:
        assert host.results() == result_rows(ROWS, entries(), ("sku", "team"))
        assert list(host.to_pandas().columns) == result_columns(("sku", "team"))
        with host.to_csv(tmp_path / "r.csv").open(encoding="utf-8") as f:
            assert next(csv.reader(f)) == result_columns(("sku", "team"))
    finally:
        host.connection.close()
