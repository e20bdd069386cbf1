"""`Batch`: rows run as Video Agent sessions, at most ``concurrency`` at a time, resumable."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from heygen_widgets.backoff import Schedule, timer
from heygen_widgets.batch.ledger import Entry, Ledger
from heygen_widgets.batch.rows import RowSource
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.session.validate import FamilyName, Mode

HEYGEN_JOB_LIMIT = 10  # concurrent jobs per account, shared with every other tool on it


class Batch:
    """Runs each row of a table as a session and keeps a ledger, so a rerun resumes, never repays.

    Example::

        batch = Batch("prompts.csv", concurrency=5)  # ledger: prompts.csv.ledger.sqlite
        batch.run()                                   # resumes if it ran before
        batch.download("videos/")
    """

    def __init__(
        self,
        rows: RowSource,
        *,
        connection: Connection | None = None,
        poller: Poller | None = None,
        ledger: str | Path | Ledger | None = None,
        concurrency: int = HEYGEN_JOB_LIMIT,
        mode: Mode = "generate",
        family: FamilyName = "chat",
        keep: Sequence[str] = (),
        schedule: Schedule = timer,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Read and check the rows and open the ledger; nothing is sent until `start` or `run`.

        Args:
            rows: See `heygen_widgets.batch.rows.RowSource`; bad rows are in `problems`.
            connection: Default: `connect()` (HEYGEN_API_KEY, or the local simulator).
            poller: Default: a poller of the batch's own (a notebook passes the kernel's).
            ledger: A path or an open `Ledger`; default `heygen_widgets.batch.ledger.default_path`.
            concurrency: At most this many sessions at once (HeyGen's limit is 10 per account,
                shared with other tools: a 429 lowers the pace instead of failing the row).
            mode: ``generate`` (render without review) or ``chat``, for rows that do not say.
            family: The API family.
            keep: Extra columns kept as data (see `read_rows`).
            schedule: Runs the new tries after a 429 (tests pass one they drive).
            clock: Wall-clock seconds, for the ledger's times.
        """
        raise NotImplementedError

    def start(self) -> Batch:
        """Reconcile uncertain creates, attach running rows again, and start queued rows; returns at once."""
        raise NotImplementedError

    def fill(self) -> None:
        """One step: start queued rows while fewer than ``concurrency`` run (never raises)."""
        raise NotImplementedError

    def reconcile(self) -> int:
        """Settle every row whose create was uncertain, against ``GET /v3/video-agents``; return how many."""
        raise NotImplementedError

    def wait(self, timeout: float | None = None) -> list[Entry]:
        """Block until every row has an outcome; return the entries."""
        raise NotImplementedError

    def run(self, timeout: float | None = None) -> list[Entry]:
        """`start`, then `wait`."""
        raise NotImplementedError

    def cancel(self) -> int:
        """Stop every running session and start nothing more; return how many were stopped."""
        raise NotImplementedError

    def retry_failed(self) -> int:
        """Queue every failed row again (a new session each) and start them; return how many."""
        raise NotImplementedError

    def entries(self) -> list[Entry]:
        """Every row's entry, in the source's order (bad rows are in `problems`, not here)."""
        raise NotImplementedError

    def subscribe(self, on_change: Callable[[Entry], None]) -> Callable[[], None]:
        """Call ``on_change(entry)`` after each change of a row (on a poller or timer thread).

        Returns the function that unsubscribes.
        """
        raise NotImplementedError

    @property
    def finished(self) -> bool:
        """True once every row has an outcome (finished, failed or cancelled)."""
        raise NotImplementedError

    def results(self) -> list[dict[str, Any]]:
        """One dict per row (the source's columns kept with ``keep``, state, session, video)."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop watching (sessions go on at HeyGen; the ledger keeps them for a resume) and close."""
        raise NotImplementedError
