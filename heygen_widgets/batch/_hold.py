"""One live batch per ledger row: another process is refused, an older batch here hands over.

Two batches that start the same row would both create it. Across processes an advisory lock
on ``LEDGER.lock`` (``flock``: the system drops it when the process dies, ``kill -9`` included)
keeps a ledger to one process. In one process (a notebook cell run again while the first
batch still runs) the new batch closes the older ones that share rows with it; closing waits
for a create in flight, so its session id is recorded first.
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process guard
    fcntl = None  # type: ignore[assignment]


class Owner(Protocol):
    """A batch, as the hold sees it."""

    keys: list[str]

    def close(self) -> None:
        """Stop starting and watching rows."""
        ...


class LedgerBusyError(RuntimeError):
    """Another process runs a batch on this ledger."""


_lock = threading.Lock()
_held: dict[Path, tuple[int | None, list[weakref.ref[Owner]]]] = {}


def _lock_file(path: Path) -> int | None:
    """Take the lock on ``path``'s lock file, or raise `LedgerBusyError` naming the holder."""
    if fcntl is None:  # pragma: no cover
        return None
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise LedgerBusyError(
            f"The ledger {path} is in use by another process (pid {holder}: a kernel or a "
            "`heygen-widgets batch` running it); stop that one first, or pass ledger= a file of its own."
        ) from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode("ascii"))
    return fd


def take(path: Path, owner: Owner) -> list[Owner]:
    """Hold ``path`` for ``owner``; return the other live batches of this process that hold it."""
    path = path.resolve()
    with _lock:
        fd, owners = _held.get(path, (None, []))
        live = [o for o in (ref() for ref in owners) if o is not None]
        if not any(o is owner for o in live):
            if path not in _held:
                fd = _lock_file(path)
            owners = [weakref.ref(o) for o in live] + [weakref.ref(owner)]
            _held[path] = (fd, owners)
        return [o for o in live if o is not owner]


def release(path: Path, owner: Owner) -> None:
    """``owner`` no longer holds ``path``; the lock goes with the last holder of this process."""
    path = path.resolve()
    with _lock:
        if path not in _held:
            return
        fd, owners = _held[path]
        left = [ref for ref in owners if ref() is not None and ref() is not owner]
        if left:
            _held[path] = (fd, left)
            return
        del _held[path]
    if fd is not None:
        os.close(fd)  # closing the descriptor drops the flock
