"""A batch's rows: read from a list, a CSV file or a DataFrame, checked before anything is sent.

Every problem names its row and says what to do, in one line; a bad row is left out (nothing is
sent for it) and the other rows go on.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeAlias, cast

from heygen_widgets.batch._records import Record, blank, records
from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.session.files import check_files
from heygen_widgets.session.validate import MODES, ORIENTATIONS, Mode, Orientation, check_choice, check_text

COLUMNS = (
    "prompt",
    "name",
    "avatar_id",
    "voice_id",
    "style_id",
    "orientation",
    "mode",
    "brand_kit_id",
    "files",
)
"""The columns a row may have; only ``prompt`` is required. ``files`` holds paths or URLs
separated by ``;``. ``name`` names the row's downloaded file (default: from the prompt)."""

RowSource: TypeAlias = str | Path | Sequence[str | Mapping[str, Any]] | Any
"""A CSV path, a list of prompts or of dicts with `COLUMNS`, or a pandas DataFrame (duck-typed)."""


@dataclass(frozen=True)
class Row:
    """One prompt and its options.

    Attributes:
        number: Its 1-based position among the source's data rows (a CSV's header is not one).
        prompt: What the agent is asked for.
        name: A short name for its files and tables; None: made from the prompt.
        avatar_id, voice_id, style_id, brand_kit_id: `Connection.create`'s options.
        orientation: ``landscape`` or ``portrait``, or None for HeyGen's choice.
        mode: ``generate`` or ``chat``, or None for the batch's own.
        files: Paths or URLs attached to the create.
        extra: Columns the caller asked to keep (``keep=``), carried into the results.
        occurrence: 0 for the first row with this exact content, 1 for the next, ...: two equal
            rows are two videos.
    """

    number: int
    prompt: str
    name: str | None = None
    avatar_id: str | None = None
    voice_id: str | None = None
    style_id: str | None = None
    orientation: Orientation | None = None
    mode: Mode | None = None
    brand_kit_id: str | None = None
    files: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    occurrence: int = 0

    @property
    def key(self) -> str:
        """The row's identity in the ledger: its content (not its position or name).

        Changing the prompt or an option makes a new row; moving the row does not.
        """
        content = {
            "prompt": self.prompt,
            "avatar_id": self.avatar_id,
            "voice_id": self.voice_id,
            "style_id": self.style_id,
            "orientation": self.orientation,
            "mode": self.mode,
            "brand_kit_id": self.brand_kit_id,
            "files": list(self.files),
            "occurrence": self.occurrence,
        }
        return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:24]

    def create_options(self, mode: Mode) -> dict[str, Any]:
        """Keyword arguments for `Connection.create` (without the prompt)."""
        options: dict[str, Any] = {
            "mode": self.mode or mode,
            "avatar_id": self.avatar_id,
            "voice_id": self.voice_id,
            "style_id": self.style_id,
            "orientation": self.orientation,
            "brand_kit_id": self.brand_kit_id,
            "files": list(self.files) or None,
        }
        return {k: v for k, v in options.items() if v is not None}


@dataclass(frozen=True)
class RowProblem:
    """Why a row was left out, shown as ``Row 3 (column 'orientation'): use landscape or portrait.``.

    Attributes:
        number: The row's 1-based position among the source's data rows.
        column: The column at fault, or None when it is the whole row.
        message: What is wrong and what to do.
        line: For a CSV, the file's line the row starts on (the header is line 1).
    """

    number: int
    column: str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        """The one line shown to the user: ``Row 3 (line 4, column 'mode'): ...``."""
        where = [f"line {self.line}"] if self.line is not None else []
        where += [f"column {self.column!r}"] if self.column is not None else []
        return f"Row {self.number}" + (f" ({', '.join(where)})" if where else "") + f": {self.message}"


def read_rows(source: RowSource, *, keep: Sequence[str] = ()) -> tuple[list[Row], list[RowProblem]]:
    """The good rows of ``source`` and the problems of the others.

    Every row is checked before anything is sent, by the session layer's own rules: a prompt
    of 1 to 10,000 characters, a known orientation and mode, files that exist and HeyGen takes
    (``files`` holds paths or URLs separated by ``;``; a relative path is read from the working
    folder, as `Connection.create` reads it), and no unknown column with a value. A bad row is
    left out with a `RowProblem` per fault; the others go on. Equal rows get ``occurrence`` 0,
    1, ...: each is a video of its own.

    Args:
        source: See `RowSource`.
        keep: Columns that are not `COLUMNS` but are kept as data (an id to join results back);
            any other unknown column with a value is a problem of that row.

    Raises:
        InvalidParameterError: The source itself cannot be read: no such file, not UTF-8, not
            CSV, no ``prompt`` column (the message lists the columns found).
    """
    kept = tuple(dict.fromkeys(str(name) for name in keep if str(name) not in COLUMNS))
    rows: list[Row] = []
    problems: list[RowProblem] = []
    seen: Counter[str] = Counter()
    for record in records(source):
        row, found = _check(record, kept)
        if row is None:
            problems += found
            continue
        key = row.key  # the content's key at occurrence 0
        rows.append(replace(row, occurrence=seen[key]))
        seen[key] += 1
    return rows, problems


class _Problems(list[RowProblem]):
    """The problems of one record."""

    def __init__(self, record: Record) -> None:
        super().__init__()
        self.record = record

    def add(self, column: str | None, message: str) -> None:
        self.append(RowProblem(self.record.number, column, message, self.record.line))


_TEXT = ("name", "avatar_id", "voice_id", "style_id", "brand_kit_id")
_INDEX = re.compile(r"files\[(\d+)\]")


def _check(record: Record, keep: tuple[str, ...]) -> tuple[Row | None, list[RowProblem]]:
    """The row of a record, or None and its problems."""
    problems = _Problems(record)
    if record.problem:
        problems.add(None, record.problem)
        return None, problems
    cells = record.cells
    for column, value in cells.items():
        if column not in COLUMNS and column not in keep and not blank(value):
            problems.add(column, _unknown(column, keep))
    prompt = _prompt(cells.get("prompt"), problems)
    text = {name: _text(name, cells.get(name), problems) for name in _TEXT}
    orientation = _choice("orientation", cells.get("orientation"), ORIENTATIONS, problems)
    mode = _choice("mode", cells.get("mode"), MODES, problems)
    files = _files(cells.get("files"), problems)
    if problems:
        return None, problems
    extra = {name: (None if blank(cells[name]) else cells[name]) for name in keep if name in cells}
    row = Row(
        record.number,
        prompt,
        name=text["name"],
        avatar_id=text["avatar_id"],
        voice_id=text["voice_id"],
        style_id=text["style_id"],
        orientation=cast(Orientation | None, orientation),
        mode=cast(Mode | None, mode),
        brand_kit_id=text["brand_kit_id"],
        files=files,
        extra=extra,
    )
    return row, []


def _unknown(column: str, keep: tuple[str, ...]) -> str:
    if not column:
        return "a value in a column with no name; name the column in the header, or remove the value."
    names = [*COLUMNS, *keep]
    near = difflib.get_close_matches(column.lower(), names, n=1, cutoff=0.6)
    if near:
        return (
            f"unknown column; did you mean {near[0]!r}? Rename it, "
            f"or pass keep=[{column!r}] to keep it as data."
        )
    return (
        f"unknown column; pass keep=[{column!r}] to keep it as data, or remove it "
        f"(a row's columns are {', '.join(COLUMNS)})."
    )


def _as_text(value: object) -> object:
    """Whole numbers as text: a DataFrame reads a column of ids or names such as "7" as numbers."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a column of whole numbers with a gap is float64 in pandas
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _prompt(value: object, problems: _Problems) -> str:
    text = _as_text("" if blank(value) else value)
    try:
        # Surrounding spaces are stripped: an editor that adds or drops one must not make a new row.
        return check_text("prompt", text.strip() if isinstance(text, str) else text)
    except InvalidParameterError as error:
        problems.add("prompt", error.message)
        return ""


def _text(column: str, value: object, problems: _Problems) -> str | None:
    if blank(value):
        return None
    value = _as_text(value)
    if not isinstance(value, str):
        problems.add(column, f"the {column} must be text, not {type(value).__name__}; write it as text.")
        return None
    return value.strip()


def _choice(column: str, value: object, allowed: tuple[str, ...], problems: _Problems) -> str | None:
    text = _text(column, value, problems)
    if text and text.lower() in allowed:
        text = text.lower()  # "Portrait" from a spreadsheet means portrait
    try:
        return check_choice(column, text, allowed)
    except InvalidParameterError as error:
        problems.add(column, error.message)
        return None


def _files(value: object, problems: _Problems) -> tuple[str, ...]:
    """A ``;``-separated cell (or a list of paths), each entry checked without reading or uploading it."""
    if blank(value):
        return ()
    if isinstance(value, str):
        entries = [part.strip() for part in value.split(";")]
    elif isinstance(value, list | tuple) and all(isinstance(v, str | Path) for v in value):
        entries = [str(part).strip() for part in value]
    else:
        problems.add("files", f"give paths or URLs separated by ';', not a {type(value).__name__}.")
        return ()
    files = tuple(entry for entry in entries if entry)
    try:
        check_files(list(files))
    except InvalidParameterError as error:
        found = _INDEX.fullmatch(error.param or "")
        path = files[int(found[1])] if found else ""
        relative = path and "://" not in path and not Path(path).expanduser().is_absolute()
        where = f" (relative paths are read from the working folder, {os.getcwd()})" if relative else ""
        problems.add("files", f"{error.message.removesuffix('.')}{where}.")
    return files
