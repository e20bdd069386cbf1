"""`Ledger`: a batch's durable record, one SQLite file (standard library), safe across crashes.

Each row's intent is committed before its create is sent, and its session id right after the
answer, so after a kernel restart, Ctrl-C, ``kill -9`` or a reboot the same batch knows which
rows finished, which run (and are attached again), and which creates had an uncertain outcome
(reconciled against the account's session list before anything is created again).

The file runs in WAL mode with ``synchronous=FULL``: a change is on disk when its method
returns, and a power cut loses nothing committed. It holds prompts, ids and HeyGen's answers,
never the API key.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from heygen_widgets.batch.rows import Row

SCHEMA_VERSION = 1
LEDGER_SUFFIX = ".ledger.sqlite"
DEFAULT_NAME = "heygen-batch.sqlite"


class State(StrEnum):
    """Where a row is."""

    QUEUED = "queued"  # nothing sent for it yet (or a create that certainly did not happen)
    CREATING = "creating"  # its intent is recorded and its create may have been sent: uncertain
    RUNNING = "running"  # its session id is recorded; the poller watches it
    FINISHED = "finished"  # its video is ready
    FAILED = "failed"  # the session failed, or the create was refused for good: ``error`` says why
    CANCELLED = "cancelled"  # stopped by `Batch.cancel`


OUTCOMES = frozenset({State.FINISHED, State.FAILED, State.CANCELLED})
"""States a row stays in unless the user acts (`Batch.retry_failed`)."""


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


COLUMNS = tuple(f.name for f in fields(Entry))
UPDATABLE = frozenset(
    {"state", "session_id", "family", "status", "title", "video_id", "video_url", "duration", "error"}
)
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS rows (
    key TEXT PRIMARY KEY,
    number INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    name TEXT,
    state TEXT NOT NULL,
    session_id TEXT,
    family TEXT NOT NULL DEFAULT 'chat',
    intent_at REAL,
    creates INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    title TEXT,
    video_id TEXT,
    video_url TEXT,
    duration REAL,
    error TEXT,
    updated_at REAL NOT NULL,
    row TEXT NOT NULL
)""",
    "CREATE TABLE IF NOT EXISTS claims (session_id TEXT PRIMARY KEY, key TEXT NOT NULL, at REAL NOT NULL)",
)


def default_path(source: object) -> Path:
    """Where a batch keeps its ledger when not told.

    Beside a CSV (``prompts.csv.ledger.sqlite``), else in the working folder (a notebook
    kernel's is the notebook's): ``heygen-batch.sqlite``.
    """
    if isinstance(source, str | Path):
        path = Path(source)
        return path.with_name(path.name + LEDGER_SUFFIX)
    return Path.cwd() / DEFAULT_NAME


def _row_json(row: Row) -> str:
    """Everything the row says, so a ledger alone can show (and rebuild) its rows."""
    data = asdict(row)
    data["files"] = list(row.files)
    return json.dumps(data, sort_keys=True, default=str)


class Ledger:
    """The SQLite file of one or more batches (rows are told apart by `Row.key`).

    One connection, guarded by a lock, serves every thread (the poller's, the batch's, the
    caller's); each change is committed before its method returns.
    """

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        """Open (or create) the ledger at ``path``.

        Raises:
            ValueError: The file is not a ledger, or a newer heygen-widgets wrote it.
        """
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10.0)
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise ValueError(
                f"{self.path} is not a batch ledger ({error}); move it away or pass another ledger=."
            ) from None

    def _prepare(self) -> None:
        db = self._db
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            db.close()
            raise ValueError(
                f"{self.path} was written by a newer heygen-widgets (ledger schema {version}, this one "
                f"reads {SCHEMA_VERSION}); upgrade heygen-widgets to resume it."
            )
        if version < SCHEMA_VERSION:
            with self._transaction():
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def __repr__(self) -> str:
        """Where the file is."""
        return f"Ledger({str(self.path)!r})"

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self._lock)

    # -- writing ------------------------------------------------------------------------------

    def add(self, rows: Sequence[Row]) -> None:
        """Record rows not yet in the ledger as queued; rows already there keep their state.

        A row already there takes its new position and name (the source may have moved it).
        """
        now = self._clock()
        with self._transaction() as db:
            for row in rows:
                db.execute(
                    "INSERT INTO rows (key, number, prompt, name, state, updated_at, row) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET number=excluded.number, name=excluded.name, "
                    "row=excluded.row",
                    (row.key, row.number, row.prompt, row.name, State.QUEUED.value, now, _row_json(row)),
                )

    def intend(self, key: str, at: float) -> bool:
        """Commit that a create for ``key`` is about to be sent (state creating, creates + 1).

        Only a queued row is taken; returns False (and changes nothing) for any other, so two
        batches on one ledger can never both create the same row.
        """
        with self._transaction() as db:
            taken = db.execute(
                "UPDATE rows SET state=?, intent_at=?, creates=creates+1, error=NULL, updated_at=? "
                "WHERE key=? AND state=?",
                (State.CREATING.value, at, self._clock(), key, State.QUEUED.value),
            ).rowcount
        return taken == 1

    def created(self, key: str, session_id: str, family: str) -> Entry:
        """Commit the session id a create answered with (state running); return the entry."""
        return self.update(key, state=State.RUNNING, session_id=session_id, family=family, error=None)

    def update(self, key: str, *, only_from: Sequence[State] | None = None, **changes: Any) -> Entry:
        """Commit new values for a row's fields (`UPDATABLE`); return the entry as it now is.

        With ``only_from``, nothing changes unless the row is in one of those states (the entry
        is returned as it is). A session id set here is claimed: reconciliation never gives it
        to another row.

        Raises:
            KeyError: No row has ``key``.
            TypeError: A field that cannot be changed.
        """
        unknown = set(changes) - UPDATABLE
        if unknown:
            raise TypeError(f"ledger fields that cannot be updated: {', '.join(sorted(unknown))}")
        values = {k: (v.value if isinstance(v, State) else v) for k, v in changes.items()}
        with self._transaction() as db:
            entry = self._entry(db, key)
            if only_from is not None and entry.state not in only_from:
                return entry
            if values:
                assignments = ", ".join(f"{name}=?" for name in values)
                db.execute(
                    f"UPDATE rows SET {assignments}, updated_at=? WHERE key=?",  # noqa: S608 - names checked
                    (*values.values(), self._clock(), key),
                )
            if values.get("session_id"):
                db.execute(
                    "INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)",
                    (values["session_id"], key, self._clock()),
                )
            return self._entry(db, key)

    # -- reading ------------------------------------------------------------------------------

    def entries(self, keys: Sequence[str] | None = None) -> list[Entry]:
        """The entries of ``keys`` (in that order; unknown keys are left out), or all of them."""
        with self._lock:
            found = [_entry(r) for r in self._db.execute(f"SELECT {', '.join(COLUMNS)} FROM rows")]  # noqa: S608
        if keys is None:
            return sorted(found, key=lambda e: (e.number, e.key))
        by_key = {e.key: e for e in found}
        return [by_key[k] for k in keys if k in by_key]

    def entry(self, key: str) -> Entry | None:
        """One row's entry, or None."""
        with self._lock:
            try:
                return self._entry(self._db, key)
            except KeyError:
                return None

    def rows(self) -> list[Row]:
        """The rows as they were added (their options and kept columns included)."""
        with self._lock:
            stored = [json.loads(r[0]) for r in self._db.execute("SELECT row FROM rows ORDER BY number")]
        return [Row(**{**data, "files": tuple(data.get("files") or ())}) for data in stored]

    def claimed_sessions(self) -> set[str]:
        """Every session id any row was ever given (a retried row keeps its old one claimed)."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT session_id FROM claims")}

    @staticmethod
    def _entry(db: sqlite3.Connection, key: str) -> Entry:
        found = db.execute(f"SELECT {', '.join(COLUMNS)} FROM rows WHERE key=?", (key,)).fetchone()  # noqa: S608
        if found is None:
            raise KeyError(f"no row {key!r} in the ledger")
        return _entry(found)

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Ledger:
        """Use as a context manager."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close."""
        self.close()


def _entry(values: Sequence[Any]) -> Entry:
    data = dict(zip(COLUMNS, values, strict=True))
    data["state"] = State(data["state"])
    return Entry(**data)


class _Transaction:
    """``with``: the ledger's lock and one ``BEGIN IMMEDIATE`` ... ``COMMIT`` (rolled back on error)."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db, self._lock = db, lock

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        return self._db

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        try:
            self._db.execute("COMMIT" if kind is None else "ROLLBACK")
        finally:
            self._lock.release()
