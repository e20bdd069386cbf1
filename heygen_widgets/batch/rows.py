"""A batch's rows: read from a list, a CSV file or a DataFrame, checked before anything is sent.

Every problem names its row and says what to do, in one line; a bad row is left out (nothing is
sent for it) and the other rows go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

from heygen_widgets.session.validate import Mode, Orientation

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
    """Why a row was left out, shown as ``Row 3 (column 'orientation'): use landscape or portrait.``."""

    number: int
    column: str | None
    message: str

    def __str__(self) -> str:
        """The one line shown to the user."""
        where = f"Row {self.number}" + (f" (column {self.column!r})" if self.column else "")
        return f"{where}: {self.message}"


def read_rows(source: RowSource, *, keep: Sequence[str] = ()) -> tuple[list[Row], list[RowProblem]]:
    """The good rows of ``source`` and the problems of the others.

    Args:
        source: See `RowSource`.
        keep: Columns that are not `COLUMNS` but are kept as data (an id to join results back);
            any other unknown column with a value is a problem of that row.
    """
    raise NotImplementedError
