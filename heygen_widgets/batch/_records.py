"""A batch's source read as records: one dict of cells per data row, and where the row came from.

A CSV file (``utf-8-sig``, so Excel's byte-order mark is no column name; a header row), a list
of prompts or of dicts, or a pandas DataFrame, duck-typed so pandas is never imported here.
Nothing is checked here but the shape of the source; `heygen_widgets.batch.rows` checks the cells.
"""

from __future__ import annotations

import csv
import difflib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heygen_widgets.errors import InvalidParameterError

# pandas' missing values are neither None nor a float NaN; told by their type's name, since
# pandas is not imported here (and may not be installed).
_MISSING_TYPES = frozenset({"NAType", "NaTType"})


@dataclass(frozen=True)
class Record:
    """One data row of a source.

    Attributes:
        number: Its 1-based position among the source's data rows.
        cells: Column name to value (a CSV gives text; a DataFrame or a dict any value).
        line: For a CSV, the file's line the row starts on.
        problem: Why the row cannot be read at all (its cells are then not checked).
    """

    number: int
    cells: dict[str, Any]
    line: int | None = None
    problem: str | None = None


def blank(value: object) -> bool:
    """Whether a cell is empty: None, NaN, pandas' NA or NaT, or text that is only spaces."""
    if value is None or type(value).__name__ in _MISSING_TYPES:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def _invalid(message: str) -> InvalidParameterError:
    return InvalidParameterError(message, code="invalid_parameter", param="rows")


def _need_prompt(columns: Sequence[str], where: str) -> None:
    """Refuse a table without a ``prompt`` column, naming the columns it has and what to rename."""
    if "prompt" in columns:
        return
    if not any(columns):
        raise _invalid(f"{where} has no header row; make its first row the column names, with 'prompt'.")
    found = ", ".join(repr(c) for c in columns)
    near = difflib.get_close_matches("prompt", [c.lower() for c in columns], n=1, cutoff=0.6)
    match = next((c for c in columns if near and c.lower() == near[0]), None)
    what = f"rename {match!r} to 'prompt'" if match else "name the column that holds the prompts 'prompt'"
    raise _invalid(f"{where} has no 'prompt' column (found: {found}); {what}.")


def _header(cells: list[str], where: str) -> list[str]:
    names = [cell.strip() for cell in cells]
    _need_prompt(names, where)
    twice = next((name for index, name in enumerate(names) if name and name in names[:index]), None)
    if twice:
        raise _invalid(f"{where} names the column {twice!r} twice in its header; rename one of them.")
    return names


def _csv_record(names: list[str], cells: list[str], number: int, line: int) -> Record:
    values: dict[str, Any] = {}
    for name, cell in zip(names, cells, strict=False):
        if name not in values or blank(values[name]):  # columns with no name share one key
            values[name] = cell
    extra = cells[len(names) :]
    problem = None
    if any(cell.strip() for cell in extra):
        problem = (
            f"it has {len(cells)} cells but the header has {len(names)} columns; "
            "put a value that holds a comma in double quotes."
        )
    return Record(number, values, line, problem)


def _read_csv(path: Path, reader: Any) -> list[Record]:
    found: list[Record] = []
    names: list[str] | None = None
    last = 0
    for cells in reader:
        start, last = last + 1, reader.line_num  # a quoted value may span lines: the row starts here
        if names is None:
            names = _header(cells, path.name)
            number = 0
            continue
        number += 1
        if any(cell.strip() for cell in cells):  # blank lines are no rows (but keep the numbering)
            found.append(_csv_record(names, cells, number, start))
    if names is None:
        raise _invalid(f"{path.name} is empty; put a header row with a 'prompt' column first.")
    return found


def from_csv(path: Path) -> list[Record]:
    """The records of a CSV file with a header row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            try:
                return _read_csv(path, reader)
            except csv.Error as exc:
                raise _invalid(
                    f"{path.name} line {reader.line_num} is not valid CSV ({exc}); fix it."
                ) from None
    except FileNotFoundError:
        raise _invalid(
            f"No file at {str(path)!r}; pass the path of a CSV file with a 'prompt' column, "
            "or a list of prompts."
        ) from None
    except IsADirectoryError:
        raise _invalid(f"{str(path)!r} is a folder; pass the path of a CSV file in it.") from None
    except UnicodeDecodeError as exc:
        raise _invalid(
            f"{path.name} is not UTF-8 text (byte {exc.start + 1}); save it as 'CSV UTF-8' and try again."
        ) from None


def is_frame(source: object) -> bool:
    """Whether ``source`` looks like a pandas DataFrame (``to_dict("records")`` and ``columns``)."""
    return callable(getattr(source, "to_dict", None)) and hasattr(source, "columns")


def from_frame(frame: Any) -> list[Record]:
    """The records of a DataFrame; rows whose cells are all empty are skipped (but counted)."""
    _need_prompt([str(column) for column in frame.columns], "The DataFrame")
    found = []
    for number, row in enumerate(frame.to_dict("records"), 1):
        cells = {str(name): value for name, value in row.items()}
        if not all(blank(value) for value in cells.values()):
            found.append(Record(number, cells))
    return found


def from_items(items: Sequence[object]) -> list[Record]:
    """The records of a list of prompts (text) or of dicts."""
    found = []
    for number, item in enumerate(items, 1):
        if isinstance(item, str):
            found.append(Record(number, {"prompt": item}))
        elif isinstance(item, Mapping):
            found.append(Record(number, {str(name): value for name, value in item.items()}))
        else:
            kind = type(item).__name__
            article = "an" if kind[:1].lower() in "aeiou" else "a"
            problem = f"it is {article} {kind}, not a prompt; give text, or a dict with a 'prompt' key."
            found.append(Record(number, {}, problem=problem))
    return found


def records(source: object) -> list[Record]:
    """The records of any source `heygen_widgets.batch.rows.read_rows` takes."""
    if isinstance(source, str | Path):
        return from_csv(Path(source).expanduser())
    if is_frame(source):
        return from_frame(source)
    if isinstance(source, Sequence) and not isinstance(source, bytes | bytearray):
        return from_items(source)
    raise _invalid(
        f"A batch cannot read rows from a {type(source).__name__}; pass a CSV path, a list of prompts "
        "or of dicts, or a pandas DataFrame."
    )
