"""`Ledger`: a batch's durable record, one SQLite file (standard library), safe across crashes.

Each row's intent is committed before its create is sent, and its session id right after the
answer, so after a kernel restart, Ctrl-C, ``kill -9`` or a reboot the same batch knows which
rows finished, which run (and are attached again), and which creates had an uncertain outcome
(reconciled against the account's session list before anything is created again).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from heygen_widgets.batch.rows import Row


class State(StrEnum):
    """Where a row is."""

    QUEUED = "queued"  # nothing sent for it yet (or a create that certainly did not happen)
    CREATING = "creating"  # its intent is recorded and its create may have been sent: uncertain
    RUNNING = "running"  # its session id is recorded; the poller watches it
    FINISHED = "finished"  # its video is ready
    FAILED = "failed"  # the session failed, or the create was refused for good: ``error`` says why
    CANCELLED = "cancelled"  # stopped by `Batch.cancel`


@dataclass(frozen=True)
class Entry:
    """One row as the ledger knows it.

    Attributes:
        key: `Row.key`.
        number: The row's position in its source.
        prompt: The row's prompt.
        name: The row's name (for files), if it has one.
        state: See `State`.
        session_id: Its session, once known.
        family: The API family of the session.
        intent_at: Wall-clock seconds when its create was about to be sent (reconciliation
            looks at sessions created from then on).
        creates: How many creates were sent for it (one paid session is the rule).
        status: HeyGen's last status of its session.
        title: The session's title.
        video_id: Its video, once known.
        video_url: The video's signed URL as last read (it expires; `Batch.download` reads it again).
        duration: The video's length in seconds.
        error: Why it failed, or why it waits (one line).
        updated_at: Wall-clock seconds of the last change.
    """

    key: str
    number: int
    prompt: str
    name: str | None
    state: State
    session_id: str | None = None
    family: str = "chat"
    intent_at: float | None = None
    creates: int = 0
    status: str | None = None
    title: str | None = None
    video_id: str | None = None
    video_url: str | None = None
    duration: float | None = None
    error: str | None = None
    updated_at: float = 0.0


def default_path(source: object) -> Path:
    """Where a batch keeps its ledger when not told.

    Beside a CSV (``prompts.csv.ledger.sqlite``), else in the working folder (a notebook
    kernel's is the notebook's): ``heygen-batch.sqlite``.
    """
    raise NotImplementedError


class Ledger:
    """The SQLite file of one or more batches (rows are told apart by `Row.key`)."""

    def __init__(self, path: str | Path) -> None:
        """Open (or create) the ledger at ``path``."""
        self.path = Path(path)
        raise NotImplementedError

    def add(self, rows: Sequence[Row]) -> None:
        """Record rows not yet in the ledger as queued; rows already there keep their state."""
        raise NotImplementedError

    def entries(self, keys: Sequence[str] | None = None) -> list[Entry]:
        """The entries of ``keys`` (in that order), or all of them."""
        raise NotImplementedError

    def intend(self, key: str, at: float) -> None:
        """Commit that a create for ``key`` is about to be sent (state creating, creates + 1)."""
        raise NotImplementedError

    def created(self, key: str, session_id: str, family: str) -> None:
        """Commit the session id a create answered with (state running)."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the file."""
        raise NotImplementedError
