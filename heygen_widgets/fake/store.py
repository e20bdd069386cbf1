"""The simulator's state on disk: one SQLite file (standard library only) for the per-user simulator.

Every session (with its videos), every uploaded asset, and the account's wallet is one row
holding the object as a pickle. Only this package's own data classes may come back out of the
file (`_Reader` refuses anything else), so a file someone else wrote cannot run code. A row is
written only when the object changed, so a poll that changes nothing costs a pickle and a hash,
not a write.

Only one server at a time opens a store (the per-user simulator holds a lock, see ``home``).
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sqlite3
import threading
from pathlib import Path
from typing import Any

from heygen_widgets.fake.model import Asset, Session, Video, Wallet

_SAFE_MODULES = frozenset({"heygen_widgets.fake.model", "heygen_widgets.fake.agent"})
_SAFE_NAMES = frozenset({("collections", "deque"), ("builtins", "frozenset"), ("builtins", "set")})
_SCHEMA = "CREATE TABLE IF NOT EXISTS objects (kind TEXT, id TEXT, data BLOB, PRIMARY KEY (kind, id))"


class _Reader(pickle.Unpickler):
    """Unpickles the simulator's data classes and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if module in _SAFE_MODULES or (module, name) in _SAFE_NAMES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"the simulator's store holds an unexpected {module}.{name}")


def _load(data: bytes) -> Any:
    return _Reader(io.BytesIO(data)).load()


class Store:
    """Sessions, videos and assets kept in ``path`` (an SQLite file), or nowhere when ``path`` is None."""

    def __init__(self, path: Path | None = None) -> None:
        """Open (creating) the file; ``None`` keeps nothing, as the in-process simulator does."""
        self.path = path
        self._lock = threading.Lock()
        self._written: dict[tuple[str, str], bytes] = {}
        self._db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)

    def load(self) -> tuple[dict[str, Session], dict[str, Video], dict[str, Asset]]:
        """Everything stored, as the backend's three tables."""
        found: dict[str, dict[str, Any]] = {"session": {}, "video": {}, "asset": {}, "account": {}}
        if self._db is None:
            return {}, {}, {}
        with self._lock:
            rows = self._db.execute("SELECT kind, id, data FROM objects").fetchall()
        for kind, key, data in rows:
            try:
                found[kind][key] = _load(data)
            except (pickle.UnpicklingError, AttributeError, EOFError, KeyError, TypeError, ValueError):
                continue  # a row from an older simulator: skip it rather than refuse to start
            self._written[(kind, key)] = hashlib.sha256(data).digest()
        return found["session"], found["video"], found["asset"]

    def save_session(self, session: Session, videos: dict[str, Video]) -> None:
        """Store a session and its videos (written only if they changed)."""
        self._save("session", session.id, session)
        for video_id in session.video_ids:
            if video_id in videos:
                self._save("video", video_id, videos[video_id])

    def load_wallet(self) -> Wallet:
        """The stored wallet; a full new one when none was stored (or it cannot be read)."""
        if self._db is None:
            return Wallet()
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM objects WHERE kind = 'account' AND id = 'wallet'"
            ).fetchone()
        try:
            wallet = _load(row[0]) if row else None
        except (pickle.UnpicklingError, AttributeError, EOFError, KeyError, TypeError, ValueError):
            wallet = None  # a row from an older simulator: start afresh rather than refuse to start
        return wallet if isinstance(wallet, Wallet) else Wallet()

    def save_wallet(self, wallet: Wallet) -> None:
        """Store the account's wallet (written only if it changed)."""
        self._save("account", "wallet", wallet)

    def save_asset(self, asset: Asset) -> None:
        """Store an uploaded file."""
        self._save("asset", asset.id, asset)

    def forget(self, kind: str, key: str) -> None:
        """Remove one stored object."""
        if self._db is None:
            return
        with self._lock:
            self._db.execute("DELETE FROM objects WHERE kind = ? AND id = ?", (kind, key))
            self._written.pop((kind, key), None)

    def clear(self) -> None:
        """Forget everything stored."""
        if self._db is None:
            return
        with self._lock:
            self._db.execute("DELETE FROM objects")
            self._written.clear()

    def close(self) -> None:
        """Close the file."""
        if self._db is not None:
            with self._lock:
                self._db.close()
                self._db = None

    def _save(self, kind: str, key: str, obj: object) -> None:
        if self._db is None:
            return
        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        digest = hashlib.sha256(data).digest()
        with self._lock:
            if self._written.get((kind, key)) == digest:
                return
            self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (kind, key, data))
            self._written[(kind, key)] = digest
