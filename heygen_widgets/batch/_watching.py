"""Following a batch's running rows through the one poller, and stopping them."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from heygen_widgets.batch._events import changes, one_line, out_of_credits
from heygen_widgets.batch._state import BatchState
from heygen_widgets.batch.ledger import State
from heygen_widgets.errors import HeyGenError
from heygen_widgets.poller import Event, Poller, Subscription, TimedOut
from heygen_widgets.session import Session

logger = logging.getLogger("heygen_widgets.batch")
PATIENCE = 4 * 3600.0  # seconds after its create a row is watched, whatever the poller's own deadline
STILL_WATCHING = "no outcome yet after the poller's deadline; still watching (cancel() stops it)"


class Watches:
    """The poller's subscriptions of one batch: each event is recorded in the ledger."""

    def __init__(
        self,
        state: BatchState,
        poller: Callable[[], Poller],
        kick: Callable[[], None],
        clock: Callable[[], float] = time.time,
        patience: float = PATIENCE,
    ) -> None:
        """``kick`` is called when a row's watch ends (a slot is free: start the next).

        A poller gives up on a session after its own deadline (the kernel's poller after an
        hour); a row keeps being watched until ``patience`` seconds after its create (wall
        clock ``clock``), since Video Agent renders take 20 to 45 minutes after the draft.
        """
        self._state, self._poller, self._kick = state, poller, kick
        self._clock, self._patience = clock, patience

    def watch(self, key: str, session: Session) -> None:
        """Follow a running row's session (stopped at once if the batch was cancelled meanwhile)."""
        state = self._state
        with state.lock:
            if state.closed:
                return
            cancelled = state.cancelled
            state.watching[key] = session
        if cancelled:  # cancelled while this one was being created
            self.stop(key, session)
            return
        subscription = self._poller().watch(session, lambda event: self._on_event(key, event))
        with state.lock:
            if state.watching.get(key) is session and not state.closed:
                state.subscriptions[key] = subscription
                return
        subscription.cancel()  # its watch ended (or the batch closed) before it was recorded

    def _on_event(self, key: str, event: Event) -> None:
        state = self._state
        try:
            if isinstance(event, TimedOut) and self._watch_on(key, event.session_id):
                return
            fields, over = changes(event)
            with state.lock:
                entry = state.entries.get(key)
                if state.closed or entry is None or entry.state is not State.RUNNING:
                    return
                fields = {name: value for name, value in fields.items() if getattr(entry, name) != value}
                if fields:
                    entry = state.update(key, only_from=[State.RUNNING], tell=False, **fields)
                subscription = self.unwatch(key) if over else None
                if over:
                    state.slots.freed()
                state.stopped = out_of_credits(event) or state.stopped
            if fields:
                state.tell(entry)
            if subscription is not None:
                subscription.cancel()
            if over:
                self._kick()
        except Exception:  # on the poller thread: log, and the other rows go on
            logger.exception("The batch could not record an event of session %s.", event.session_id)

    def _watch_on(self, key: str, session_id: str) -> bool:
        """After the poller's deadline: watch on (a nudge restarts it) while the row has patience left."""
        with self._state.lock:
            entry = self._state.entries.get(key)
            since = entry.intent_at if entry is not None else None
        if since is None or self._clock() - since >= self._patience:
            return False
        self._state.update(key, only_from=[State.RUNNING], error=STILL_WATCHING)
        self._poller().nudge(session_id)
        return True

    def unwatch(self, key: str) -> Subscription | None:
        """Forget a row's watch; the caller cancels the returned subscription outside the lock."""
        with self._state.lock:
            self._state.watching.pop(key, None)
            return self._state.subscriptions.pop(key, None)

    def stop(self, key: str, session: Session) -> bool:
        """Stop one running row's session and mark it cancelled; False when HeyGen refused the stop."""
        subscription = self.unwatch(key)
        if subscription is not None:
            subscription.cancel()
        try:
            session.stop()
        except HeyGenError as error:
            self._state.update(key, error=f"could not stop it: {one_line(error)}")
            return False
        self._state.update(key, only_from=[State.RUNNING], state=State.CANCELLED)
        return True

    def close(self) -> None:
        """Cancel every subscription (the sessions go on at HeyGen)."""
        with self._state.lock:
            subscriptions = list(self._state.subscriptions.values())
            self._state.subscriptions.clear()
            self._state.watching.clear()
        for subscription in subscriptions:
            subscription.cancel()
