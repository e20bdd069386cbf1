"""Batches: many prompts from a table, resumable after a crash, never billed twice.

`Batch` runs rows (from a list, a CSV file or a pandas DataFrame) as Video Agent sessions, at
most ``concurrency`` at a time, through the one poller, and records every step in a SQLite
ledger (`Ledger`) so the same call after a crash resumes instead of paying again. This layer
sits above the session layer and the poller and below the widgets: no ipywidgets here.
"""

from __future__ import annotations

from heygen_widgets.batch._hold import LedgerBusyError
from heygen_widgets.batch.batch import Batch
from heygen_widgets.batch.download import DownloadError
from heygen_widgets.batch.ledger import Entry, Ledger, State
from heygen_widgets.batch.rows import Row, RowProblem, read_rows

__all__ = [
    "Batch",
    "DownloadError",
    "Entry",
    "Ledger",
    "LedgerBusyError",
    "Row",
    "RowProblem",
    "State",
    "read_rows",
]
