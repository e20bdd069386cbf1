"""`Batch`: rows run as Video Agent sessions, at most ``concurrency`` at a time, resumable."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol, cast

from heygen_widgets.backoff import Schedule, timer
from heygen_widgets.batch import _hold
from heygen_widgets.batch._pace import RETRY, Later
from heygen_widgets.batch._starting import Options, Starter
from heygen_widgets.batch._state import BatchState
from heygen_widgets.batch._watching import PATIENCE, Watches
from heygen_widgets.batch.ledger import OUTCOMES, Entry, Ledger, State, default_path
from heygen_widgets.batch.reconcile import LISTING_LAG, SKEW
from heygen_widgets.batch.results import BatchResults
from heygen_widgets.batch.rows import Row, RowProblem, RowSource, read_rows
from heygen_widgets.errors import HeyGenError
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Session, connect
from heygen_widgets.session.validate import FamilyName, Mode

HEYGEN_JOB_LIMIT = 10  # concurrent jobs per account, shared with every other tool on it
WATCH_DEADLINE = PATIENCE  # a batch's own poller: drafting plus a 20 to 45 minute render, with room
CLOSE_WAIT = 30.0  # seconds `close` waits for a create in flight (its answer is recorded first)
FINAL_STATUSES = ("completed", "failed")  # a session in one of these runs no more
RESULT_FIELDS = ("session_id", "status", "title", "video_id", "video_url", "duration", "error")
"""What a retry clears."""
logger = logging.getLogger("heygen_widgets.batch")


class Runner(Protocol):
    """Runs the batch's work off the caller's thread (`concurrent.futures.Executor` is one)."""

    def submit(self, fn: Callable[[], None], /) -> object:
        """Start ``fn``."""
        ...


def _rows_of(source: RowSource, keep: Sequence[str]) -> tuple[list[Row], list[RowProblem]]:
    """Rows given as `Row` objects are used as they are; anything else is read by `read_rows`."""
    if isinstance(source, Sequence) and not isinstance(source, str):
        if not source:
            return [], []
        if all(isinstance(item, Row) for item in source):
            rows = list(source)
            _check_unique(rows)
            return rows, []
    return read_rows(source, keep=keep)


def _check_unique(rows: Sequence[Row]) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        if row.key in seen:
            raise ValueError(
                f"Rows {seen[row.key]} and {row.number} have the same prompt, options and occurrence: "
                f"give row {row.number} occurrence={row.occurrence + 1} to make it a second video."
            )
        seen[row.key] = row.number


class Batch(BatchResults):
    """Runs each row of a table as a session and keeps a ledger, so a rerun resumes, never repays.

    Example::

        batch = Batch("prompts.csv", concurrency=5)  # ledger: prompts.csv.ledger.sqlite
        batch.run()                                   # resumes if it ran before
        batch.download("videos/")

    Attributes:
        rows: The good rows, in the source's order.
        problems: Why the other rows were left out (nothing is sent for them).
        keys: `Row.key` of each row, in order.
        ledger: The ledger the batch records in.
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
        runner: Runner | None = None,
        skew: float = SKEW,
        listing_lag: float = LISTING_LAG,
    ) -> None:
        """Read and check the rows and open the ledger; nothing is sent until `start` or `run`.

        Args:
            rows: See `heygen_widgets.batch.rows.RowSource`, or a list of `Row`; bad rows are
                in `problems`.
            connection: Default: `connect()` (HEYGEN_API_KEY, or the local simulator), on first use.
            poller: Default: a poller of the batch's own (a notebook passes the kernel's).
            ledger: A path or an open `Ledger`; default `heygen_widgets.batch.ledger.default_path`.
            concurrency: At most this many sessions at once (HeyGen's limit is 10 per account,
                shared with other tools: a 429 lowers the pace instead of failing the row).
            mode: ``generate`` (render without review) or ``chat``, for rows that do not say.
            family: The API family.
            keep: Extra columns kept as data (see `read_rows`).
            schedule: Runs the new tries after a 429 (tests pass one they drive).
            clock: Wall-clock seconds, for the ledger's times (and for comparing them with
                HeyGen's ``created_at`` when an uncertain create is settled).
            runner: Where creates and attaches run (default: a thread of the batch's own; tests
                pass one that runs inline).
            skew: How far HeyGen's clock may trail ``clock`` (see `heygen_widgets.batch.reconcile`).
            listing_lag: How long a new session may take to show in the account's session list.
        """
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency is a number of sessions, 1 or more, not {concurrency!r}")
        self.rows, self.problems = _rows_of(rows, keep)
        self.keys = [row.key for row in self.rows]
        self.concurrency = concurrency
        self._connection, self._own_connection = connection, connection is None
        self._poller, self._own_poller = poller, poller is None
        self._own_ledger = not isinstance(ledger, Ledger)
        if not isinstance(ledger, Ledger):
            ledger = Ledger(ledger or default_path(rows), clock=clock)
        self.ledger = ledger
        self._own_runner = runner is None
        self._runner: Runner = runner or ThreadPoolExecutor(1, thread_name_prefix="heygen-batch")
        self._state = state = BatchState(ledger, self.rows, concurrency)
        self._later = Later(schedule, self._wake)
        self._watches = Watches(state, lambda: self.poller, self._kick, clock)
        options = Options(mode, family, clock, skew, listing_lag)
        self._starter = Starter(state, lambda: self.connection, self._watch, self._later, options)
        self._filling = threading.Lock()  # one fill at a time: creates never race each other
        self._kicked = False
        self._worker: int | None = None  # the thread running the last fill, not joined by `close`

    def __repr__(self) -> str:
        """Counts only."""
        counts: dict[str, int] = {}
        for entry in self.entries():
            counts[entry.state.value] = counts.get(entry.state.value, 0) + 1
        shown = ", ".join(f"{n} {s}" for s, n in counts.items())
        return f"<Batch of {len(self.keys)} rows ({shown or 'none'}), ledger {str(self.ledger.path)!r}>"

    @property
    def connection(self) -> Connection:
        """The connection sessions are created on (made by `connect()` on first use when not given)."""
        with self._state.lock:
            if self._connection is None:
                self._connection = connect()
            return self._connection

    @property
    def poller(self) -> Poller:
        """The poller that watches the running rows."""
        with self._state.lock:
            if self._poller is None:
                self._poller = Poller(deadline=WATCH_DEADLINE)
            return self._poller

    @property
    def stopped(self) -> str | None:
        """Why the batch stopped starting rows (out of credits, the key refused), or None.

        The rows not started stay queued: `start` again (once the cause is fixed) resumes.
        """
        return self._state.stopped

    # -- starting ----------------------------------------------------------------------------

    def start(self) -> Batch:
        """Reconcile uncertain creates, attach running rows again, and start queued rows; returns at once.

        Also resumes a batch that stopped (out of credits) or ran before, in this process or
        another: the ledger says where each row is.

        Raises:
            LedgerBusyError: Another process runs a batch on this ledger.
        """
        self._begin()
        self._kick()
        return self

    def _begin(self) -> None:
        """Hold the ledger, record the rows in it, and read where each one is."""
        if self._state.closed:
            raise RuntimeError("This batch is closed; make a new Batch (it resumes from the ledger).")
        for older in _hold.take(self.ledger.path, self):
            if set(older.keys) & set(self.keys):
                older.close()  # the same rows run here now; it waits for its create in flight
        self.ledger.add(self.rows)
        self._state.load()
        with self._state.lock:
            self._state.stopped = None

    def _kick(self) -> None:
        """Have `fill` run on the runner (once, however often asked before it starts)."""
        with self._state.lock:
            if self._kicked or self._state.closed:
                return
            self._kicked = True
        try:
            self._runner.submit(self._fill_now)
        except RuntimeError:  # the runner was shut down: the batch is closing
            with self._state.lock:
                self._kicked = False

    def _fill_now(self) -> None:
        with self._state.lock:
            self._kicked = False
        self._worker = threading.get_ident()
        self.fill()

    def _wake(self) -> None:
        """The timer: the wait after a refusal (or before settling again) is over."""
        with self._state.lock:
            self._state.slots.probe(len(self._state.active))
            self._starter.held = False
        self._kick()

    def _watch(self, key: str, session: Session) -> None:
        """Follow a row's session, then tell the subscribers again: `session` now answers for it."""
        self._watches.watch(key, session)
        if self.session(key) is session:
            self._state.tell(self._state.entries[key])

    def _tell_stopped(self, before: str | None) -> None:
        """Once `stopped` says why no more rows start, tell the subscribers (the refused row again)."""
        state = self._state
        with state.lock:
            if state.stopped is None or state.stopped == before or not state.queue:
                return
            entry = state.entries.get(state.queue[0])
        if entry is not None:
            state.tell(entry)

    def fill(self) -> None:
        """One step: start queued rows while fewer than ``concurrency`` run (never raises).

        Creates that were uncertain are settled first, and rows that run at HeyGen but are not
        watched here (after a restart) are attached again. A call while another runs makes that
        one step again instead of waiting.
        """
        starter = self._starter
        stopped = self._state.stopped
        starter.again = True
        while starter.again and self._filling.acquire(blocking=False):
            try:
                starter.again = False
                if self._state.started:
                    starter.step()
            except Exception:  # a bug here must not leave rows queued for ever unseen
                logger.exception("The batch failed to start its next rows; it tries again shortly.")
                self._later.ask(RETRY.start)
            finally:
                self._filling.release()
        self._probe_later()
        self._tell_stopped(stopped)

    def _probe_later(self) -> None:
        """While refusals hold the batch below its concurrency and rows wait, try one more later."""
        state = self._state
        with state.lock:
            waiting = bool(state.queue) and not (state.closed or state.cancelled or state.stopped)
            due = state.slots.next_probe() if waiting and state.slots.held_down() else None
        if due is not None and not self._later.pending:
            self._later.ask(due)

    def reconcile(self) -> int:
        """Settle every row whose create was uncertain, against ``GET /v3/video-agents``; return how many."""
        if not self._state.started:
            self._begin()
        before = len(self._state.in_state(State.CREATING))
        with self._filling:
            self._starter.settle()
        return before - len(self._state.in_state(State.CREATING))

    # -- the user's verbs ---------------------------------------------------------------------

    def cancel(self) -> int:
        """Stop every running session and start nothing more; return how many were stopped.

        Queued rows are cancelled too. Works on a batch whose process is gone (a kernel that
        died): its running rows are attached to be stopped. A create whose outcome is
        uncertain is settled next, and its session, if it landed, is stopped.
        """
        if not self._state.started:
            self._begin()
        state = self._state
        with state.lock:
            state.cancelled = True
            watching = dict(state.watching)
            running = state.in_state(State.RUNNING)
            queued = state.in_state(State.QUEUED)
            state.queue.clear()
        self._later.cancel()
        stopped = 0
        for entry in running:
            session = watching.get(entry.key) or self._starter.attach(entry)
            stopped += session is not None and self._watches.stop(entry.key, session)
        for entry in queued:
            state.update(entry.key, only_from=[State.QUEUED], state=State.CANCELLED)
        self._kick()  # settles creating rows: a session that landed is stopped
        return stopped

    def retry_failed(self) -> int:
        """Queue every failed row again (a new session each) and start them; return how many."""
        if not self._state.started:
            self._begin()
        state = self._state
        with state.lock:
            state.cancelled, state.stopped = False, None
            failed = state.in_state(State.FAILED)
        cleared: dict[str, Any] = dict.fromkeys(RESULT_FIELDS)
        for entry in failed:
            self._abandon(entry)
            queued = state.update(entry.key, only_from=[State.FAILED], state=State.QUEUED, **cleared)
            if queued.state is State.QUEUED:
                with state.lock:
                    state.queue.append(entry.key)
        self._kick()
        return len(failed)

    def _abandon(self, entry: Entry) -> None:
        """Stop a failed row's session when it may still run (its watch gave up), before a new one.

        A row that failed because the poller stopped watching it (its deadline passed, or an
        error it could not get past) may still be rendering at HeyGen. A retry makes a new
        session, so the old one is stopped first: one row never renders, and bills, twice at once.
        """
        if entry.session_id is None or entry.status in FINAL_STATUSES:
            return
        try:
            self.connection.attach(entry.session_id, family=cast(FamilyName, entry.family)).stop()
        except HeyGenError as error:  # gone, or not ours: nothing of it runs
            logger.info("Session %s of row %s was not stopped: %s", entry.session_id, entry.number, error)

    def entries(self) -> list[Entry]:
        """Every row's entry, in the source's order (bad rows are in `problems`, not here)."""
        state = self._state
        with state.lock:
            if state.started:
                return [state.entries[k] for k in self.keys]
        known = {e.key: e for e in self.ledger.entries(self.keys)}
        return [known.get(r.key) or Entry(r.key, r.number, r.prompt, r.name, State.QUEUED) for r in self.rows]

    def session(self, key: str) -> Session | None:
        """The session of a row this batch watches now (to open it in a panel), or None."""
        with self._state.lock:
            return self._state.watching.get(key)

    def subscribe(self, on_change: Callable[[Entry], None]) -> Callable[[], None]:
        """Call ``on_change(entry)`` after each change of a row (on a poller or timer thread).

        Returns the function that unsubscribes.
        """
        listeners = self._state.listeners
        listeners.append(on_change)

        def unsubscribe() -> None:
            if on_change in listeners:
                listeners.remove(on_change)

        return unsubscribe

    @property
    def finished(self) -> bool:
        """True once every row has an outcome (finished, failed or cancelled)."""
        return all(e.state in OUTCOMES for e in self.entries())

    def wait(self, timeout: float | None = None) -> list[Entry]:
        """Block until every row has an outcome, or the batch stopped; return the entries.

        A batch that stopped (out of credits, or cancelled) returns once no row is running or
        creating, leaving the rest queued; ``timeout`` (seconds) returns earlier, whatever is left.
        """
        state = self._state
        with state.changed:
            if state.started:
                state.changed.wait_for(state.over, timeout)
        return self.entries()

    def run(self, timeout: float | None = None) -> list[Entry]:
        """`start`, then `wait`."""
        return self.start().wait(timeout)

    def close(self) -> None:
        """Stop watching (sessions go on at HeyGen; the ledger keeps them for a resume) and close."""
        state = self._state
        with state.lock:
            if state.closed:
                return
            state.closed = True
            state.changed.notify_all()
        self._later.cancel(close=True)
        self._watches.close()
        if self._filling.acquire(timeout=CLOSE_WAIT):  # a create in flight records its answer first
            self._filling.release()
        if self._own_runner and isinstance(self._runner, ThreadPoolExecutor):
            self._runner.shutdown(wait=self._worker != threading.get_ident())
        _hold.release(self.ledger.path, self)
        if self._own_poller and self._poller is not None:
            self._poller.close()
        if self._own_ledger:
            self.ledger.close()
        if self._own_connection and self._connection is not None:
            self._connection.close()

    def __enter__(self) -> Batch:
        """Use as a context manager: closed on exit."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close."""
        self.close()
