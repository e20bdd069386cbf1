"""What a batch knows between steps: each row's newest entry, the queue, and who to tell.

The ledger is the truth; this is its copy for the rows of one batch, kept in step by writing
through `BatchState.update`, so deciding what to start next never reads the file. Every field
is guarded by ``lock``; ``changed`` is notified on every change (`Batch.wait` waits on it).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from heygen_widgets.batch._pace import Slots
from heygen_widgets.batch.ledger import OUTCOMES, Entry, Ledger, State
from heygen_widgets.batch.rows import Row
from heygen_widgets.poller import Subscription
from heygen_widgets.session import Session

logger = logging.getLogger("heygen_widgets.batch")
ACTIVE = frozenset({State.CREATING, State.RUNNING})  # rows that hold a slot of HeyGen's job limit


class BatchState:
    """The rows of one batch, as the ledger last said, and the batch's flags."""

    def __init__(self, ledger: Ledger, rows: Sequence[Row], concurrency: int) -> None:
        """Nothing is read from the ledger until `load`."""
        self.ledger = ledger
        self.keys = [row.key for row in rows]
        self.rows = {row.key: row for row in rows}
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.entries: dict[str, Entry] = {}
        self.active: set[str] = set()  # rows creating or running
        self.queue: deque[str] = deque()  # queued rows in the order they start
        self.watching: dict[str, Session] = {}
        self.subscriptions: dict[str, Subscription] = {}
        self.listeners: list[Callable[[Entry], None]] = []
        self.slots = Slots(concurrency)
        self.started = self.closed = self.cancelled = False
        self.stopped: str | None = None  # why no more rows start (credits, the key), until `start`

    def load(self) -> None:
        """Read every row's entry from the ledger and queue the queued ones in the source's order."""
        entries = self.ledger.entries(self.keys)
        with self.lock:
            self.entries = {e.key: e for e in entries}
            self.active = {e.key for e in entries if e.state in ACTIVE}
            self.queue = deque(e.key for e in entries if e.state is State.QUEUED)
            self.started = True
            self.changed.notify_all()

    def put(self, entry: Entry, *, tell: bool = True) -> Entry:
        """Keep the ledger's newest entry for a row, and tell the subscribers."""
        with self.lock:
            self.entries[entry.key] = entry
            if entry.state in ACTIVE:
                self.active.add(entry.key)
            else:
                self.active.discard(entry.key)
            self.changed.notify_all()
        if tell:
            self.tell(entry)
        return entry

    def update(
        self, key: str, *, only_from: Sequence[State] | None = None, tell: bool = True, **changes: Any
    ) -> Entry:
        """`Ledger.update`, then `put`."""
        return self.put(self.ledger.update(key, only_from=only_from, **changes), tell=tell)

    def reread(self, key: str) -> Entry:
        """Read one row's entry from the ledger again (after a write that did not return it)."""
        entry = self.ledger.entry(key)
        if entry is None:
            raise KeyError(f"row {key} is not in the ledger {self.ledger.path}")
        return self.put(entry)

    def tell(self, entry: Entry) -> None:
        """Call every subscriber with ``entry``; one that raises is logged and the others still run."""
        for listener in list(self.listeners):
            try:
                listener(entry)
            except Exception:
                logger.warning("A batch subscriber raised on row %s; the others still run.", entry.number)

    def in_state(self, *states: State) -> list[Entry]:
        """The rows in one of ``states``, in the source's order."""
        with self.lock:
            return [
                self.entries[k] for k in self.keys if k in self.entries and self.entries[k].state in states
            ]

    def over(self) -> bool:
        """Nothing more will happen without the user: every row has an outcome, or the batch stopped."""
        with self.lock:
            if self.closed or all(self.entries[k].state in OUTCOMES for k in self.keys):
                return True
            return (self.stopped is not None or self.cancelled) and not self.active
