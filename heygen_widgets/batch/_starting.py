"""Starting a batch's rows: settle uncertain creates, attach running rows, create queued ones.

The order is the rule that keeps a row to one paid session: each create's intent is committed
before it is sent and its session id right after; a create whose outcome is uncertain leaves
its row creating, and no new create is sent while any row is creating. One fill runs at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from heygen_widgets.backoff import hint
from heygen_widgets.batch._events import one_line
from heygen_widgets.batch._pace import RETRY, Later
from heygen_widgets.batch._state import BatchState
from heygen_widgets.batch.ledger import Entry, State
from heygen_widgets.batch.reconcile import reconcile
from heygen_widgets.errors import (
    AuthenticationError,
    HeyGenError,
    InsufficientCreditsError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from heygen_widgets.session import Connection, Session
from heygen_widgets.session.validate import FamilyName, Mode

logger = logging.getLogger("heygen_widgets.batch")


@dataclass(frozen=True)
class Options:
    """How a batch creates and settles sessions (see `Batch`)."""

    mode: Mode
    family: FamilyName
    clock: Callable[[], float]
    skew: float
    lag: float


def family_of(name: str) -> FamilyName:
    """A ledger's family name as the session layer's type."""
    return "sessions" if name == "sessions" else "chat"


def account_refused(error: Exception) -> bool:
    """An error about the key or the account, not the row: every row would get it."""
    return isinstance(error, MissingScopeError) or (
        isinstance(error, AuthenticationError) and not isinstance(error, PermissionDeniedError)
    )


class Starter:
    """One step at a time (`step`), under the batch's fill lock."""

    def __init__(
        self,
        state: BatchState,
        connection: Callable[[], Connection],
        watch: Callable[[str, Session], None],
        later: Later,
        options: Options,
    ) -> None:
        """``watch`` follows a row's new session; ``later`` brings the next step after a wait."""
        self._state, self._connection, self._watch = state, connection, watch
        self._later, self._options = later, options
        self._settling = 0  # looks at the session list in a row that left rows uncertain
        self._uncertain = 0  # creates in a row whose outcome was uncertain
        self.held = False  # no create until the timer fires (creates keep failing uncertainly)
        self.again = False  # set when this step must be followed by another at once

    def step(self) -> None:
        """Settle, attach, then create while slots are open."""
        if self._state.closed or not self.settle() or not self.attach_running():
            return
        while (key := self._next()) is not None:
            if not self._create(key):
                return

    def _next(self) -> str | None:
        """The next queued row, when one may start now."""
        state = self._state
        with state.lock:
            if state.closed or state.cancelled or state.stopped or self.held:
                return None
            if not state.slots.open(len(state.active)):
                return None
            while state.queue:
                key = state.queue.popleft()
                if state.entries[key].state is State.QUEUED:
                    return key
            return None

    def _create(self, key: str) -> bool:
        """Create one row's session; False when no more should start now."""
        row, options = self._state.rows[key], self._options
        taken = self._state.ledger.intend(key, options.clock())
        self._state.reread(key)
        if not taken:  # another batch took it meanwhile
            return True
        try:
            session = self._connection().create(
                row.prompt, patient=False, family=options.family, **row.create_options(options.mode)
            )
        except Exception as error:  # each kind of refusal has its own outcome, below
            return self._not_created(key, error)
        self._state.put(self._state.ledger.created(key, session.session_id, session.family))
        self._uncertain = 0
        with self._state.lock:
            self._state.slots.accepted()
        self._watch(key, session)
        return True

    def _not_created(self, key: str, error: Exception) -> bool:
        """Record why a create gave no session; return whether other rows may start now."""
        state, line = self._state, one_line(error)
        if isinstance(error, RateLimitError):  # a 429 is a refusal before any work: not created
            with state.lock:
                delay = state.slots.refused(len(state.active) - 1, hint(error))
            self.requeue(key, f"waiting: HeyGen's job limit is full (429); trying again in {delay:.0f} s")
            self._later.ask(delay)
            return False
        if isinstance(error, InsufficientCreditsError) or account_refused(error):
            self.requeue(key, line)
            with state.lock:
                state.stopped = f"Stopped starting rows: {line}"
                state.changed.notify_all()
            return False
        if isinstance(error, HeyGenError) and error.fatal:  # refused for good: nothing was created
            state.update(key, state=State.FAILED, error=f"not started: {line}")
            return True
        # Anything else may have created the session: the row stays creating, settled first.
        if not isinstance(error, HeyGenError):
            logger.warning("A create raised %s; its row is settled before any new create.", line)
        state.update(key, error=f"create uncertain ({line}); checking the account's sessions")
        self._uncertain += 1
        if self._uncertain == 1:
            self.again = True  # settle at once: a create that landed is adopted without delay
        else:  # HeyGen keeps failing creates: look (and create again) later, each time later
            self.held = True
            self._later.ask(RETRY.delay(self._uncertain - 1, None, 0.0))
        return False

    def requeue(self, key: str, note: str | None) -> None:
        """A create that certainly did not happen: the row waits at the front of the queue."""
        state = self._state
        target = State.CANCELLED if state.cancelled else State.QUEUED
        entry = state.update(key, only_from=[State.CREATING], state=target, error=note)
        if entry.state is State.QUEUED:
            with state.lock:
                state.queue.appendleft(key)

    def settle(self) -> bool:
        """Settle every creating row against the account's sessions; True once none is left."""
        state, options = self._state, self._options
        creating = state.in_state(State.CREATING)
        if not creating:
            return True
        verdicts = reconcile(
            self._connection(),
            creating,
            state.ledger.claimed_sessions(),
            now=options.clock(),
            skew=options.skew,
            lag=options.lag,
        )
        for key, session in verdicts.adopted.items():
            adopted = state.update(
                key,
                only_from=[State.CREATING],
                state=State.RUNNING,
                session_id=session.session_id,
                error=None,
            )
            if adopted.state is State.RUNNING:
                self._watch(key, session)
        for key in reversed(verdicts.absent):  # reversed: they go back to the front in order
            self.requeue(key, None)
        for key, why in verdicts.unsure.items():
            state.update(key, error=f"create uncertain: {why}")
        if verdicts.unsure:
            self._settling += 1
            backoff = RETRY.delay(self._settling, None, 0.0) if verdicts.trouble else 0.0
            self._later.ask(max(backoff, verdicts.listing_in))
            return False
        self._settling = 0
        return True

    def attach_running(self) -> bool:
        """Watch every running row not yet watched here; False when one could not be read now."""
        state = self._state
        with state.lock:
            todo = [e for e in state.in_state(State.RUNNING) if e.key not in state.watching and e.session_id]
        for entry in todo:
            if state.closed:
                return False
            session = self.attach(entry)
            if session is None:
                if state.entries[entry.key].state is State.RUNNING:
                    self._later.ask(RETRY.start)
                    return False
                continue
            self._watch(entry.key, session)
        return True

    def attach(self, entry: Entry) -> Session | None:
        """A running row's session, or None (an unknown session fails the row; another error is noted)."""
        try:
            return self._connection().attach(entry.session_id or "", family=family_of(entry.family))
        except NotFoundError as error:
            self._state.update(entry.key, state=State.FAILED, error=one_line(error))
        except HeyGenError as error:
            self._state.update(entry.key, error=f"could not read its session: {one_line(error)}")
        return None
