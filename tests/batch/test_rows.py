"""A batch's rows from a CSV file, a list or a DataFrame: bad rows named in one line, the rest go on."""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import pytest

from heygen_widgets.batch import Row, RowProblem, read_rows
from heygen_widgets.errors import InvalidParameterError

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


class Frame:
    """Just what `read_rows` asks of a pandas DataFrame: ``columns`` and ``to_dict("records")``."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.columns = list(dict.fromkeys(name for record in records for name in record))

    def to_dict(self, orient: str) -> list[dict[str, Any]]:
        assert orient == "records"
        return [{name: record.get(name, math.nan) for name in self.columns} for record in self.records]


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "chart.png"
    path.write_bytes(PNG)
    return path


def lines(problems: list[RowProblem]) -> list[str]:
    shown = [str(problem) for problem in problems]
    assert all("\n" not in line for line in shown)  # one line each
    return shown


def bad_rows(picture: Path) -> list[dict[str, Any]]:
    """One good row, then one row per kind of mistake, then a good row again."""
    return [
        {"prompt": "A launch video.", "name": "launch", "orientation": "Portrait", "files": str(picture)},
        {"prompt": "   ", "name": "to do"},
        {"prompt": "x" * 10_001},
        {"prompt": "Square, please.", "orientation": "square"},
        {"prompt": "Render it.", "mode": "render"},
        {"prompt": "With a file.", "files": f"{picture}; missing.png"},
        {"prompt": "A typo.", "promt": "a value"},
        {"prompt": "An id.", "sku": "A-7"},
        {"prompt": "The last one.", "mode": "generate", "files": "https://example.com/a.png"},
    ]


def check_bad_rows(rows: list[Row], problems: list[RowProblem], lines_of: dict[int, int] | None) -> None:
    """What `bad_rows` must give, whatever the source was."""
    assert [row.number for row in rows] == [1, 9]
    first, last = rows
    assert (first.prompt, first.name, first.orientation) == ("A launch video.", "launch", "portrait")
    assert first.mode is None
    assert first.files[0].endswith("chart.png")
    assert (last.mode, last.files) == ("generate", ("https://example.com/a.png",))
    by_row = {problem.number: problem for problem in problems}
    assert sorted(by_row) == [2, 3, 4, 5, 6, 7, 8]  # one problem each, none for a good row
    expected = {
        2: ("prompt", "is empty; type what the agent should do"),
        3: ("prompt", "10,001 characters; shorten it to 10,000 or fewer"),
        4: ("orientation", "Unknown orientation 'square'; use one of: landscape, portrait"),
        5: ("mode", "Unknown mode 'render'; use one of: chat, generate"),
        6: ("files", "'missing.png' is not a file"),
        7: ("promt", "did you mean 'prompt'? Rename it, or pass keep=['promt']"),
        8: ("sku", "pass keep=['sku'] to keep it as data"),
    }
    for number, (column, words) in expected.items():
        problem = by_row[number]
        assert problem.column == column
        assert words in problem.message
        assert problem.line == (lines_of[number] if lines_of else None)
        where = f"line {problem.line}, " if lines_of else ""
        assert str(problem).startswith(f"Row {number} ({where}column {column!r}): ")
    assert "relative paths are read from the working folder" in by_row[6].message
    lines(problems)


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    columns = list(dict.fromkeys(name for row in rows for name in row))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # as Excel saves "CSV UTF-8"
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)


def test_a_csv_with_every_kind_of_bad_row(tmp_path: Path, picture: Path) -> None:
    path = tmp_path / "prompts.csv"
    write_csv(path, bad_rows(picture))
    rows, problems = read_rows(path)
    check_bad_rows(rows, problems, lines_of={n: n + 1 for n in range(1, 10)})  # line 1 is the header
    assert read_rows(str(path)) == (rows, problems)  # a str path reads the same


def test_a_list_of_dicts_with_every_kind_of_bad_row(picture: Path) -> None:
    rows, problems = read_rows(bad_rows(picture))
    check_bad_rows(rows, problems, lines_of=None)


def test_a_dataframe_with_every_kind_of_bad_row(picture: Path) -> None:
    """Duck-typed: NaN (a DataFrame's empty cell) is empty, so columns a row lacks are no problem."""
    rows, problems = read_rows(Frame(bad_rows(picture)))
    check_bad_rows(rows, problems, lines_of=None)


def test_a_real_pandas_dataframe(tmp_path: Path, picture: Path) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(bad_rows(picture))
    frame.loc[0, "sku"] = None  # None and NaN are empty cells
    rows, problems = read_rows(frame)
    check_bad_rows(rows, problems, lines_of=None)
    path = tmp_path / "prompts.csv"
    write_csv(path, bad_rows(picture))
    rows, problems = read_rows(pandas.read_csv(path))  # as a data team would: the file through pandas
    check_bad_rows(rows, problems, lines_of=None)
    numbers = pandas.DataFrame({"prompt": ["A", "B"], "name": [7, pandas.NA], "segment": [1.5, math.nan]})
    rows, problems = read_rows(numbers, keep=["segment"])
    assert problems == []
    assert [(row.name, row.extra["segment"]) for row in rows] == [("7", 1.5), (None, None)]


def test_line_numbers_follow_multi_line_prompts_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "prompts.csv"
    path.write_text(
        'prompt,mode\n"A prompt\nover two lines",generate\n\n,\n"Another one.",loop\n', encoding="utf-8"
    )
    rows, problems = read_rows(path)
    assert [(row.number, row.prompt) for row in rows] == [(1, "A prompt\nover two lines")]
    # Line 4 is blank and line 5 has only empty cells: no rows, but they keep the numbering.
    assert lines(problems) == [
        "Row 4 (line 6, column 'mode'): Unknown mode 'loop'; use one of: chat, generate."
    ]


def test_a_row_with_more_cells_than_the_header(tmp_path: Path) -> None:
    path = tmp_path / "prompts.csv"
    path.write_text("prompt,name\nMake a video, about cats,cats\nFine,fine\n", encoding="utf-8")
    rows, problems = read_rows(path)
    assert [row.prompt for row in rows] == ["Fine"]
    assert lines(problems) == [
        "Row 1 (line 2): it has 3 cells but the header has 2 columns; "
        "put a value that holds a comma in double quotes."
    ]


@pytest.mark.parametrize(
    ("header", "advice"),
    [
        ("Prompt,voice_id", "found: 'Prompt', 'voice_id'); rename 'Prompt' to 'prompt'."),
        ("text,voice_id", "found: 'text', 'voice_id'); name the column that holds the prompts 'prompt'."),
    ],
)
def test_a_csv_without_a_prompt_column_is_refused_in_one_line(
    tmp_path: Path, header: str, advice: str
) -> None:
    path = tmp_path / "prompts.csv"
    path.write_text(f"{header}\nHello,v1\n", encoding="utf-8")
    with pytest.raises(InvalidParameterError) as caught:
        read_rows(path)
    assert str(caught.value) == f"prompts.csv has no 'prompt' column ({advice}"
    with pytest.raises(
        InvalidParameterError, match=r"The DataFrame has no 'prompt' column \(found: 'text'\)"
    ):
        read_rows(Frame([{"text": "Hello"}]))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "prompts.csv is empty; put a header row with a 'prompt' column first."),
        (b"prompt,name,prompt\nA,b,c\n", "prompts.csv names the column 'prompt' twice in its header; rename"),
        (b"prompt\nCaf\xe9\n", "prompts.csv is not UTF-8 text (byte 11); save it as 'CSV UTF-8'"),
    ],
)
def test_a_csv_that_cannot_be_read_is_refused_in_one_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "prompts.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidParameterError) as caught:
        read_rows(path)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_missing_file_or_a_folder_or_a_source_of_another_kind(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match=r"^No file at '.*nowhere\.csv'; pass the path of a CSV"):
        read_rows(tmp_path / "nowhere.csv")
    with pytest.raises(InvalidParameterError, match="is a folder; pass the path of a CSV file in it"):
        read_rows(tmp_path)
    with pytest.raises(InvalidParameterError, match="cannot read rows from a int; pass a CSV path"):
        read_rows(42)


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffprompt\nHello\n".encode())
    assert read_rows(path) == ([Row(1, "Hello")], [])


def test_a_list_of_prompts_and_items_that_are_neither_text_nor_dicts() -> None:
    rows, problems = read_rows(["One.", 7, {"prompt": "Two.", "name": ["a"]}, None, {"name": "no prompt"}])
    assert [row.prompt for row in rows] == ["One."]
    assert lines(problems) == [
        "Row 2: it is an int, not a prompt; give text, or a dict with a 'prompt' key.",
        "Row 3 (column 'name'): the name must be text, not list; write it as text.",
        "Row 4: it is a NoneType, not a prompt; give text, or a dict with a 'prompt' key.",
        "Row 5 (column 'prompt'): The prompt is empty; type what the agent should do.",
    ]


def test_equal_rows_are_told_apart_by_occurrence_and_keys_follow_content() -> None:
    rows, _ = read_rows(["Same.", {"prompt": "Same.", "name": "b"}, "Other.", " Same. "])
    assert [(row.prompt, row.occurrence) for row in rows] == [
        ("Same.", 0),
        ("Same.", 1),  # a name is no part of the content: two equal prompts are two videos
        ("Other.", 0),
        ("Same.", 2),  # surrounding spaces are not content either
    ]
    assert len({row.key for row in rows}) == 4
    moved, _ = read_rows(["Other.", "Same.", "Same.", "Same."])
    assert {row.key for row in moved} == {row.key for row in rows}  # moving rows keeps their keys
    changed, _ = read_rows(["Same!"])
    assert changed[0].key not in {row.key for row in rows}  # a changed prompt is a new row


def test_whole_numbers_from_a_dataframe_are_text() -> None:
    frame = Frame(
        [{"prompt": "A.", "name": 7.0, "voice_id": 12}, {"prompt": 2024}, {"prompt": "B.", "name": 2.5}]
    )
    rows, problems = read_rows(frame)
    assert [(row.prompt, row.name, row.voice_id) for row in rows] == [("A.", "7", "12"), ("2024", None, None)]
    assert lines(problems) == ["Row 3 (column 'name'): the name must be text, not float; write it as text."]


def test_kept_columns_are_carried_and_empty_unknown_cells_are_no_problem() -> None:
    rows, problems = read_rows(
        [{"prompt": "A.", "sku": "A-1", "note": ""}, {"prompt": "B.", "sku": None}], keep=["sku"]
    )
    assert problems == []
    assert [dict(row.extra) for row in rows] == [{"sku": "A-1"}, {"sku": None}]
    assert rows[0].create_options("chat") == {"mode": "chat"}


def test_files_as_a_list_or_separated_by_semicolons(picture: Path) -> None:
    rows, problems = read_rows(
        [
            {"prompt": "A.", "files": f" {picture} ;; https://example.com/b.png ;"},
            {"prompt": "B.", "files": [picture, "https://example.com/c.png"]},
            {"prompt": "C.", "files": ";".join([str(picture)] * 21)},
            {"prompt": "D.", "files": {"a": 1}},
        ]
    )
    assert [row.files for row in rows] == [
        (str(picture), "https://example.com/b.png"),
        (str(picture), "https://example.com/c.png"),
    ]
    assert rows[0].create_options("generate")["files"] == [str(picture), "https://example.com/b.png"]
    assert lines(problems) == [
        "Row 3 (column 'files'): At most 20 files can be attached (got 21); remove 1.",
        "Row 4 (column 'files'): give paths or URLs separated by ';', not a dict.",
    ]


def test_options_are_trimmed_and_choices_read_in_any_case() -> None:
    rows, problems = read_rows(
        [
            {
                "prompt": "A.",
                "avatar_id": " av1 ",
                "voice_id": "v",
                "mode": " Chat ",
                "orientation": "LANDSCAPE",
            }
        ]
    )
    assert problems == []
    assert rows[0] == Row(1, "A.", avatar_id="av1", voice_id="v", mode="chat", orientation="landscape")
    assert rows[0].create_options("generate") == {
        "mode": "chat",
        "avatar_id": "av1",
        "voice_id": "v",
        "orientation": "landscape",
    }
