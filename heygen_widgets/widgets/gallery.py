"""`SessionGallery`: many prompts at once, as compact cards, within HeyGen's job limit.

HeyGen answers 429 when its job limit is full, whoever holds it: this gallery, another notebook,
another tool. The gallery then tries again later (honouring ``Retry-After``, backing off), on a
timer it cancels when it closes, so it never waits for a slot that none of its own sessions
will free. A prompt that fails is marked failed with the reason; the others go on.
"""

from __future__ import annotations

import csv
import threading
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import RateLimitError
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller, Stuck, TimedOut
from heygen_widgets.session import Connection, Session
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets import static
from heygen_widgets.widgets._actions import explain, report
from heygen_widgets.widgets._schedule import Schedule, Timer, retry_delay, timer
from heygen_widgets.widgets._wiring import Wiring, close_tree
from heygen_widgets.widgets.gallery_view import COLUMNS, card_html, result_row, table_html
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.runtime import Runner, default_connection, default_poller, default_runner
from heygen_widgets.widgets.style import STYLE

HEYGEN_JOB_LIMIT = 10


class SessionGallery(w.VBox):
    """Runs each prompt as a session, at most ``max_concurrent`` at a time, and tabulates the results."""

    def __init__(
        self,
        prompts: Sequence[str],
        *,
        connection: Connection | None = None,
        poller: Poller | None = None,
        runner: Runner | None = None,
        max_concurrent: int = HEYGEN_JOB_LIMIT,
        mode: str = "generate",
        schedule: Schedule = timer,
        **create: Any,
    ) -> None:
        """Queue the prompts and start the first ``max_concurrent``; the cell returns at once.

        ``schedule`` runs the new tries after HeyGen refused a job (429); ``create`` takes
        `Connection.create`'s options.
        """
        self.connection = connection or default_connection()
        self.poller = poller or default_poller()
        self.runner = runner or default_runner()
        self.max_concurrent = max(1, min(max_concurrent, HEYGEN_JOB_LIMIT))
        self.prompts = list(prompts)
        self.create_options = {"mode": mode, **create}
        self.sessions: list[Session | None] = [None] * len(self.prompts)
        self.snapshots: list[Snapshot | None] = [None] * len(self.prompts)
        self.notes = [""] * len(self.prompts)
        self._failed: set[int] = set()
        self._queue = deque(range(len(self.prompts)))
        self._running: set[int] = set()
        self._stuck: dict[int, str] = {}  # told Stuck (its note), an outcome until it moves again
        self._schedule = schedule
        self._retry: Timer | None = None
        self._retrying = False  # a new try is scheduled (or being scheduled)
        self._refusals = 0  # 429s in a row, for the backoff
        self._wiring = Wiring()
        self._closed = False
        self._lock = threading.Lock()
        self._all_done = threading.Event()
        self.updating = threading.RLock()  # held while the cards or the table change
        follow_views(self, self.updating)
        self._build()
        if not self.prompts:
            self._all_done.set()
        self.runner.submit(self.fill)

    def _build(self) -> None:
        self.cards = [w.HTML(card_html(p, None)) for p in self.prompts]
        for card in self.cards:
            card.add_class("hgw-gallery-card")
        self.table = w.HTML()
        self.table.add_class("hgw-results")
        grid = w.GridBox(
            self.cards,
            layout=w.Layout(grid_template_columns="repeat(auto-fill, minmax(220px, 1fr))", grid_gap="8px"),
        )
        self._saved = static.SavedCopy()
        super().__init__([w.HTML(STYLE), grid, self.table])
        self.add_class("hgw-gallery")
        self._show_table()

    def __repr__(self) -> str:
        """Cheap: counts only, never widget state."""
        done = sum(1 for s in self.snapshots if s is not None and s.finished)
        return f"SessionGallery({len(self.prompts)} prompts, {len(self._running)} running, {done} finished)"

    def _ipython_display_(self) -> None:
        """The live view, then a saved copy of the results table that follows the gallery."""
        self._saved.show(super()._repr_mimebundle_() or {}, self._saved_bundle(), repr(self))

    def _saved_bundle(self) -> dict[str, str]:
        saved = f'{static.CSS}<div class="hgw-saved"><h3>Gallery</h3>{self.table.value}</div>'
        return {"text/html": saved, "text/plain": repr(self)}

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The live view, plus the results table for places without a kernel."""
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = STYLE + self.table.value
        return bundle

    # -- starting prompts ---------------------------------------------------------------------

    def fill(self) -> None:
        """Start queued prompts while fewer than ``max_concurrent`` run (never raises)."""
        try:
            while True:
                with self._lock:
                    if self._closed or not self._queue or len(self._running) >= self.max_concurrent:
                        return
                    index = self._queue.popleft()
                    self._running.add(index)
                if not self._start(index):
                    return
        except Exception as error:  # a bug here must not leave prompts queued for ever unseen
            report("start the gallery's next prompt", error)

    def _start(self, index: int) -> bool:
        """Create one prompt's session; False when HeyGen's job limit is full (tried again later)."""
        try:
            # One try: a 429 is scheduled here, never slept on the worker that button clicks share.
            session = self.connection.create(self.prompts[index], patient=False, **self.create_options)
        except RateLimitError as error:
            with self._lock:
                self._running.discard(index)
                self._queue.appendleft(index)
            self._retry_later(index, error.retry_after)
            return False
        except Exception as error:  # this prompt fails, with its reason; the others go on
            report(f"start prompt {index + 1} of the gallery", error)
            self._done(index, f"not started: {explain(error)}", failed=True, refill=False)
            return True
        self._refusals = 0
        self.sessions[index] = session
        subscription = self.poller.watch(session, lambda event: self._on_event(index, event))
        with self._lock:
            closed = self._closed
            if not closed:
                self._wiring.later(subscription.cancel)
        if closed:  # closed while this one was being created
            subscription.cancel()
        return True

    def _retry_later(self, index: int, retry_after: float | None) -> None:
        with self._lock:
            if self._closed or self._retrying:
                return
            self._retrying = True
            delay = retry_delay(self._refusals, retry_after)
            self._refusals += 1
        self.notes[index] = f"waiting: HeyGen is at its limit (429); trying again in {delay:.0f} s"
        self._show_card(index)
        handle = self._schedule(delay, self._try_again)
        with self._lock:
            if self._retrying and not self._closed:
                self._retry = handle
                return
        handle.cancel()  # closed meanwhile

    def _try_again(self) -> None:
        with self._lock:
            self._retry, self._retrying = None, False
            if self._closed:
                return
        try:
            self.runner.submit(self.fill)
        except Exception as error:  # on the timer's thread: nobody else would see it
            report("try the gallery's next prompt again", error)

    # -- following sessions -------------------------------------------------------------------

    def _on_event(self, index: int, event: Event) -> None:
        try:
            self._take(index, event)
        except Exception as error:  # a bug in one card must not leave its prompt without an outcome
            self._done(index, report("show this session", error), failed=False)

    def _take(self, index: int, event: Event) -> None:
        if isinstance(event, Changed | Finished):
            moved = event.snapshot != self.snapshots[index]
            self.snapshots[index] = event.snapshot
            if index in self._stuck and moved and not event.snapshot.finished:
                self._unstick(index)
            # It moves: an earlier retry or stuck note no longer holds. A poll back after errors
            # re-sends the same state, and a stuck prompt is still stuck then.
            self.notes[index] = "" if moved else self._stuck.get(index, "")
            self._show_card(index)
        elif isinstance(event, Failed):
            self.notes[index] = f"retrying: {explain(event.error)}"
            self._show_card(index)
        if isinstance(event, Finished):
            self._done(index, "")
        elif isinstance(event, Stuck):  # an outcome: it holds no place in the queue, but stays watched
            self._stuck[index] = f"stuck: no change for {event.quiet_for / 60:.0f} min"
            self._done(index, self._stuck[index])
        elif isinstance(event, TimedOut) or (isinstance(event, Failed) and event.retry_in is None):
            self._done(
                index, "timed out" if isinstance(event, TimedOut) else "stopped watching after an error"
            )
        self._show_table()

    def _unstick(self, index: int) -> None:
        """A stuck prompt moved again: it is running once more, and `wait` waits for it."""
        with self._lock:
            self._stuck.pop(index, None)
            if self._closed:
                return
            self._running.add(index)
            self._all_done.clear()

    def _done(self, index: int, note: str, *, failed: bool = False, refill: bool = True) -> None:
        with self._lock:
            if failed:
                self._failed.add(index)
            self._running.discard(index)
            if not self._queue and not self._running:
                self._all_done.set()
        if note:
            self.notes[index] = note
            self._show_card(index)
        if failed:
            self._show_table()
        if refill:
            self.runner.submit(self.fill)

    def _show_card(self, index: int) -> None:
        value = card_html(
            self.prompts[index], self.snapshots[index], self.notes[index], failed=index in self._failed
        )
        with self.updating:
            if self.cards[index].value != value:
                self.cards[index].value = value

    def _show_table(self) -> None:
        value = table_html(self.results())
        with self.updating:
            if self.table.value != value:
                self.table.value = value
                self._saved.update(self._saved_bundle())  # a saved notebook keeps the table as it is now

    # -- closing and results ------------------------------------------------------------------

    def close(self) -> None:
        """Stop watching, start nothing more (pending tries are called off), close every widget.

        `results` keeps what is known.
        """
        with self._lock:
            self._closed = True
            self._queue.clear()
            self._running.clear()
            retry, self._retry, self._retrying = self._retry, None, False
        if retry is not None:
            retry.cancel()
        self._all_done.set()
        with self.updating:
            close_tree(self, self._wiring)

    def results(self) -> list[dict[str, Any]]:
        """One row per prompt: session, status, title, duration, video URL, and why it did not finish."""
        return [
            result_row(
                prompt,
                session.session_id if session else None,
                snapshot,
                note,
                failed=index in self._failed,
            )
            for index, (prompt, session, snapshot, note) in enumerate(
                zip(self.prompts, self.sessions, self.snapshots, self.notes, strict=True)
            )
        ]

    def to_csv(self, path: str | Path) -> Path:
        """Save `results` as CSV."""
        target = Path(path)
        with target.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(self.results())
        return target

    def wait(self, timeout: float = 3600.0) -> list[dict[str, Any]]:
        """Block until every prompt has an outcome (for scripts and notebooks run top to bottom)."""
        if not self._all_done.wait(timeout):
            raise TimeoutError(f"the gallery is still running after {timeout:g} s")
        return self.results()

    @property
    def finished(self) -> bool:
        """True once every prompt has an outcome (nothing queued, nothing running)."""
        with self._lock:
            return not self._queue and not self._running
