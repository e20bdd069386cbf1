"""Following a batch's running rows through the one poller, and stopping them."""

from __future__ import annotations

import logging
from collections.abc import Callable

from heygen_widgets.batch._events import changes, one_line, out_of_credits
from heygen_widgets.batch._state import BatchState
from heygen_widgets.batch.ledger import State
from heygen_widgets.errors import HeyGenError
from heygen_widgets.poller import Event, Poller, Subscription
from heygen_widgets.session import Session

logger = logging.getLogger("heygen_widgets.batch")


class Watches:
    """The poller's subscriptions of one batch: each event is recorded in the ledger."""

    def __init__(self, state: BatchState, poller: Callable[[], Poller], kick: Callable[[], None]) -> None:
        """``kick`` is called when a row's watch ends (a slot is free: start the next)."""
        self._state, self._poller, self._kick = state, poller, kick

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
