"""A batch's results as a table: one dict per row, a pandas DataFrame, or a CSV file.

`BatchResults` gives a batch ``results()``, ``to_pandas()``, ``to_csv(path)`` and
``download(folder)``; the functions under it work on plain rows and entries as well.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from heygen_widgets.batch.download import download, file_names
from heygen_widgets.batch.ledger import Entry
from heygen_widgets.batch.rows import Row
from heygen_widgets.session import Connection

HEAD = ("number", "name", "prompt")
TAIL = (
    "state", "session_id", "status", "title", "duration", "video_id", "video_url", "file", "error", "creates",
)  # fmt: skip
NO_PANDAS = "to_pandas() needs pandas: pip install 'heygen-widgets[pandas]'"


def result_columns(keep: Sequence[str] = ()) -> list[str]:
    """The columns of `result_rows`, in order: the row, the kept columns, then the outcome."""
    return [*HEAD, *(k for k in keep if k not in HEAD and k not in TAIL), *TAIL]


def kept_columns(rows: Sequence[Row]) -> list[str]:
    """The columns the rows kept (`Row.extra`), in the order they first appear."""
    return list(dict.fromkeys(column for row in rows for column in row.extra))


def result_rows(
    rows: Sequence[Row],
    entries: Sequence[Entry],
    keep: Sequence[str] | None = None,
    *,
    folder: str | Path | None = None,
) -> list[dict[str, Any]]:
    """One dict per entry, in the entries' order, with `result_columns`.

    Args:
        rows: The batch's rows; their kept columns (`Row.extra`) are joined by `Row.key`.
        entries: The ledger's entries of those rows.
        keep: The kept columns, in order; default: every column the rows kept.
        folder: Where the videos were downloaded; ``file`` is the video's path there once it
            is complete, else None.
    """
    keep = kept_columns(rows) if keep is None else keep
    extras = {row.key: row.extra for row in rows}
    names = file_names(entries)
    where = Path(folder) if folder is not None else None
    return [_result(entry, extras.get(entry.key, {}), keep, where, names[entry.key]) for entry in entries]


def _result(
    entry: Entry, extra: Mapping[str, Any], keep: Sequence[str], folder: Path | None, name: str
) -> dict[str, Any]:
    found = folder / name if folder is not None else None
    result: dict[str, Any] = {"number": entry.number, "name": entry.name, "prompt": entry.prompt}
    result.update({column: extra.get(column) for column in keep if column not in result})
    result.update(
        state=str(entry.state),
        session_id=entry.session_id,
        status=entry.status,
        title=entry.title,
        duration=entry.duration,
        video_id=entry.video_id,
        video_url=entry.video_url,
        file=str(found) if found is not None and found.is_file() else None,
        error=entry.error,
        creates=entry.creates,  # sessions paid for the row: 1 is the rule
    )
    return result


def to_pandas(results: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> Any:
    """``results`` as a pandas DataFrame (pandas is imported here only: it is an optional extra).

    Raises:
        ModuleNotFoundError: Without pandas, in one line that says what to install.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional: only this function needs it
    except ModuleNotFoundError:
        raise ModuleNotFoundError(NO_PANDAS, name="pandas") from None
    return pd.DataFrame(list(results), columns=list(columns or _columns(results)))


def to_csv(
    results: Sequence[Mapping[str, Any]], path: str | Path, columns: Sequence[str] | None = None
) -> Path:
    """Write ``results`` to ``path`` as UTF-8 CSV (an empty cell for None); return the path."""
    target = Path(path)
    with target.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(columns or _columns(results)), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(results)
    return target


def _columns(results: Sequence[Mapping[str, Any]]) -> list[str]:
    return list(results[0]) if results else result_columns()


class BatchResults:
    """What a batch offers once it ran: ``results``, ``to_pandas``, ``to_csv`` and ``download``.

    The class that mixes it in sets ``rows`` (its good rows) and defines ``entries()`` and
    ``connection``.
    """

    rows: Sequence[Row]
    download_folder: Path | None = None  # the last folder `download` saved into (for ``file``)

    @property
    def connection(self) -> Connection:
        """The connection that reads the videos' URLs (the batch defines it)."""
        raise NotImplementedError

    def entries(self) -> list[Entry]:
        """Every row's entry (the batch defines it)."""
        raise NotImplementedError

    def results(self) -> list[dict[str, Any]]:
        """One dict per row: number, name, prompt, the kept columns, state, session, video, file, error."""
        return result_rows(self.rows, self.entries(), folder=self.download_folder)

    def to_pandas(self) -> Any:
        """`results` as a pandas DataFrame (needs the ``pandas`` extra)."""
        return to_pandas(self.results(), result_columns(kept_columns(self.rows)))

    def to_csv(self, path: str | Path) -> Path:
        """Save `results` as CSV at ``path``; return the path."""
        return to_csv(self.results(), path, result_columns(kept_columns(self.rows)))

    def download(self, folder: str | Path, *, progress: bool = True) -> list[Path]:
        """Download every finished video into ``folder``; see `heygen_widgets.batch.download.download`.

        Afterwards `results` has each video's ``file`` there.
        """
        self.download_folder = Path(folder)
        return download(self.entries(), folder, connection=self.connection, progress=progress)
