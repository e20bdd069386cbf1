"""The gallery's own watch of each running row's session: snapshots for its card, and stuck sessions.

The batch records each row's state in its ledger; a card also shows the session's progress and
first scene, which the ledger does not keep. So the gallery subscribes to the same poller for
the sessions the batch watches: the poller reads a session once however many subscribe, so
this costs no request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from heygen_widgets.batch import Batch, Entry, State
from heygen_widgets.poller import Changed, Event, Finished, Poller, Stuck, Subscription
from heygen_widgets.snapshot import Snapshot


class Follows:
    """Each running row's newest snapshot and stuck note, by `Entry.key`."""

    def __init__(self, batch: Batch, poller: Poller, changed: Callable[[str], None]) -> None:
        """``changed(key)`` is called (on the poller thread) when a row's snapshot or stuck note changed."""
        self._batch, self._poller, self._changed = batch, poller, changed
        self._lock = threading.Lock()
        self._watching: dict[str, tuple[str, Subscription]] = {}
        self._snapshots: dict[str, Snapshot] = {}
        self._stuck: dict[str, str] = {}
        self._closed = False

    def seen(self, key: str) -> tuple[Snapshot | None, str | None]:
        """A row's newest snapshot, and its stuck note while its session stays unchanged."""
        with self._lock:
            return self._snapshots.get(key), self._stuck.get(key)

    def follow(self, entry: Entry) -> None:
        """Watch a running row's session once the batch does; stop when the row leaves running."""
        key, session_id = entry.key, entry.session_id
        running = entry.state is State.RUNNING and session_id is not None
        with self._lock:
            current = self._watching.get(key)
            if running and current is not None and current[0] == session_id:
                return
            if not running:  # an outcome, or queued again (its old session says nothing now)
                if entry.state is State.QUEUED:
                    self._snapshots.pop(key, None)
                self._stuck.pop(key, None)
                current = self._watching.pop(key, None)
        if not running:
            if current is not None:
                current[1].cancel()
            return
        session = self._batch.session(key)
        if session is None or session.session_id != session_id:
            return  # the batch tells again once it watches the session
        subscription = self._poller.watch(session, lambda event: self._on_event(key, event))
        with self._lock:
            old = self._watching.get(key)
            if self._closed or (old is not None and old[0] == session_id):
                old = (session_id, subscription)  # closed meanwhile, or another thread was first
            else:
                self._watching[key] = (session_id, subscription)
                self._snapshots.pop(key, None)
                self._stuck.pop(key, None)
        if old is not None:
            old[1].cancel()

    def _on_event(self, key: str, event: Event) -> None:
        """A stuck session is an outcome until it moves again (not merely until it is read again)."""
        with self._lock:
            watching = self._watching.get(key)
            if self._closed or watching is None or watching[0] != event.session_id:
                return
            if isinstance(event, Changed | Finished):
                moved = event.snapshot != self._snapshots.get(key)
                self._snapshots[key] = event.snapshot
                if moved:  # a poll back after errors re-sends the same state: still stuck then
                    self._stuck.pop(key, None)
            elif isinstance(event, Stuck):
                self._stuck[key] = f"stuck: HeyGen shows no change for {event.quiet_for / 60:.0f} min"
            else:
                return  # errors and timeouts: the batch records them in the ledger, and tells
        self._changed(key)

    def close(self) -> None:
        """Cancel every subscription; nothing more is told."""
        with self._lock:
            self._closed = True
            watching = list(self._watching.values())
            self._watching.clear()
        for _, subscription in watching:
            subscription.cancel()
