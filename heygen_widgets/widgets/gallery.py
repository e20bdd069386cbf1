"""`SessionGallery`: a view of a `Batch`, as compact cards, overall progress and a results table.

The batch does the work (at most ``max_concurrent`` sessions at once, a 429 tried again later,
every step in its ledger); the gallery shows it. Its ledger sits beside the notebook by default,
so running the same cell again after a kernel restart resumes: finished rows come back from the
ledger, running ones are attached again, and nothing is created twice.
"""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import ipywidgets as w

from heygen_widgets.batch import Batch, Entry, LedgerBusyError
from heygen_widgets.batch.batch import HEYGEN_JOB_LIMIT
from heygen_widgets.batch.rows import RowSource
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.session.validate import Mode
from heygen_widgets.widgets import static
from heygen_widgets.widgets._actions import report
from heygen_widgets.widgets._gallery_controls import GalleryControls
from heygen_widgets.widgets._gallery_follow import Follows
from heygen_widgets.widgets._gallery_source import cost_line, prompts_of, rows_of
from heygen_widgets.widgets._schedule import Schedule, timer
from heygen_widgets.widgets._wiring import Wiring, close_tree
from heygen_widgets.widgets.gallery_view import (
    COLUMNS,
    Card,
    Counts,
    card_html,
    progress_html,
    result_row,
    results_html,
)
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.runtime import Runner, default_connection, default_poller, default_runner
from heygen_widgets.widgets.style import STYLE

RESUME = "run this cell again after a restart: it picks up where it left off, and creates nothing twice"
STOPPED = "The other rows stay queued: run this cell again once that is fixed."


class SessionGallery(w.VBox):
    """Runs each row as a session through a `Batch` and shows it: cards, progress, results table."""

    _closed = True  # until built: ipywidgets closes a gallery whose options were refused, too

    def __init__(
        self,
        prompts_or_rows: RowSource = (),
        *,
        connection: Connection | None = None,
        poller: Poller | None = None,
        runner: Runner | None = None,
        max_concurrent: int = HEYGEN_JOB_LIMIT,
        mode: Mode = "generate",
        ledger: str | Path | None = None,
        batch: Batch | None = None,
        schedule: Schedule = timer,
        **create: Any,
    ) -> None:
        """Show the rows, read the account's credits, and start the batch; the cell returns at once.

        Args:
            prompts_or_rows: A list of prompts, or anything `Batch` reads (a CSV path, a list of
                dicts, a pandas DataFrame); ignored with ``batch``.
            connection: Default: the kernel's (`heygen_widgets.widgets.connection`).
            poller: Default: the kernel's one poller.
            runner: Runs the buttons' work, and the batch's creates when given (tests run inline).
            max_concurrent: At most this many sessions at once (HeyGen's limit is 10).
            mode: ``generate`` (render without review) or ``chat``, for rows that do not say.
            ledger: The batch's ledger file; default ``heygen-batch.sqlite`` in the working
                folder (a notebook's own), or beside a CSV.
            batch: Show this batch instead (the gallery neither starts nor closes it).
            schedule: Runs the batch's new tries after HeyGen refused a job (429).
            **create: `Connection.create`'s options (``avatar_id``, ``orientation``, ``family``,
                ...) for every row of a list.
        """
        family = create.pop("family", "chat")
        self._own_batch = batch is None
        source = batch.rows if batch is not None else rows_of(prompts_or_rows, create)
        if batch is None:
            batch = Batch(
                source,
                connection=connection or default_connection(),
                poller=poller or default_poller(),
                ledger=ledger,
                concurrency=min(max_concurrent, HEYGEN_JOB_LIMIT),
                mode=mode,
                family=family,
                schedule=schedule,
                runner=runner,
            )
        self.batch = batch
        self.poller = batch.poller
        self.runner = runner or default_runner()
        self._numbers = self._order(prompts_of(source))
        self.prompts = [prompt for _, _, prompt in self._numbers]
        self._follows = Follows(batch, self.poller, self._on_snapshot)
        self._cost, self._said = "", ""
        self._begun = False  # `wait` returns only once the cost line is read and the batch started
        self._not_started = False  # the batch could not start: nothing will happen, `wait` returns
        self._over = threading.Event()
        self.updating = threading.RLock()  # held while the cards or the table change
        self._wiring = Wiring()
        follow_views(self, self.updating)
        self._build()
        self._closed = False
        self._unsubscribe = batch.subscribe(self._on_entry)
        self._wiring.later(self._unsubscribe)
        for entry in batch.entries():  # a batch already running: follow what it watches
            self._follows.follow(entry)
        self._refresh()
        self.runner.submit(self._begin)

    def _order(self, prompts: dict[int, str]) -> list[tuple[int, str | None, str]]:
        """(number, key or None for a row left out, prompt) for every row, in the source's order."""
        problems: dict[int, list[str]] = {}
        for problem in self.batch.problems:
            problems.setdefault(problem.number, []).append(str(problem))
        self._problems = {n: "; ".join(found) for n, found in problems.items()}
        good: list[tuple[int, str | None, str]] = [
            (row.number, row.key, row.prompt) for row in self.batch.rows
        ]
        bad: list[tuple[int, str | None, str]] = [(n, None, prompts.get(n, "")) for n in self._problems]
        return sorted(good + bad, key=lambda item: item[0])

    def _build(self) -> None:
        self.notice = w.HTML(layout=w.Layout(display="none"))  # shown while it has a line
        self.notice.add_class("hgw-gallery-notice")
        where = f"{len(self._numbers)} rows · ledger <code>{text(self.batch.ledger.path)}</code>"
        self.header = w.HTML(f'<h3>Gallery</h3><div class="hgw-gallery-meta">{where} · {RESUME}</div>')
        self.cost = w.HTML(layout=w.Layout(display="none"))
        self.cost.add_class("hgw-gallery-cost")
        self.progress = w.HTML()
        self.progress.add_class("hgw-gallery-progress")
        self.controls = GalleryControls(self.batch, self.runner, self._wiring, self._say, self.updating)
        self.cards = [w.HTML() for _ in self._numbers]
        for card in self.cards:
            card.add_class("hgw-gallery-card")
        self._card_of = {key: n for n, (_, key, _) in enumerate(self._numbers) if key is not None}
        grid = w.GridBox(
            self.cards,
            layout=w.Layout(
                grid_template_columns="repeat(auto-fill, minmax(min(220px, 100%), 1fr))", grid_gap="8px"
            ),
        )
        grid.add_class("hgw-gallery-grid")
        self.table = w.HTML()
        self.table.add_class("hgw-results")
        self._saved = static.SavedCopy()
        bar = w.HBox([self.progress, self.controls])
        bar.add_class("hgw-gallery-bar")
        parts = [w.HTML(STYLE), self.notice, self.header, self.cost, bar, grid, self.table]
        super().__init__(parts)
        self.add_class("hgw-gallery")

    def __repr__(self) -> str:
        """Cheap: counts only, never widget state."""
        counts = Counts.of(self._cards())
        return f"SessionGallery({counts.total} prompts, {counts.running} running, {counts.finished} finished)"

    def _ipython_display_(self) -> None:
        """The live view, then a saved copy of the progress and the results table that follows the gallery."""
        with self.updating:  # a change meanwhile is either in the copy shown or sent as its update
            self._saved.show(super()._repr_mimebundle_() or {}, self._saved_bundle(), repr(self))

    def _saved_bundle(self, counts: Counts | None = None) -> dict[str, str]:
        """The notice, the cost line, the counts and the table: text only, no image, no player."""
        counts = counts or Counts.of(self._cards())
        lines = "".join(f"<p>{part.value}</p>" for part in (self.notice, self.cost) if part.value)
        saved = (
            f'{static.CSS}<div class="hgw-saved"><h3>Gallery</h3>{lines}'
            f"<p>{text(counts.line())}</p>{self.table.value}</div>"
        )
        return {"text/html": saved, "text/plain": repr(self)}

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The live view, plus the results table for places without a kernel."""
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = STYLE + self.table.value
        return bundle

    # -- starting -----------------------------------------------------------------------------

    def _begin(self) -> None:
        """On the runner: the cost line (one request), then the batch starts (a gallery's own)."""
        try:
            cost, warn = cost_line(self.batch)
            with self.updating:
                self._cost = f'<span class="hgw-error">{text(cost)}</span>' if warn else text(cost)
            if self._own_batch and not self._closed:
                self.batch.start()
        except LedgerBusyError as error:  # its message is the toolkit's own: no secret in it
            self._not_started = True
            self._say(f"Not started: {error}")
        except Exception as error:  # on the runner: nobody else would see it
            self._not_started = True
            self._say(report("start the batch", error))
        finally:
            self._begun = True
        self._refresh()

    def _say(self, line: str) -> None:
        """One line at the top: what a button did, or why something failed."""
        with self.updating:
            self._said = line
        self._refresh()

    # -- following the batch ------------------------------------------------------------------

    def _on_entry(self, entry: Entry) -> None:
        """The batch changed a row (on a poller, timer or worker thread)."""
        try:
            self._follows.follow(entry)
            self._refresh(entry.key)
        except Exception as error:  # a bug in one card must not stop the others
            report("show a change of the batch", error)

    def _on_snapshot(self, key: str) -> None:
        """A row's session moved, or stopped moving (on the poller thread)."""
        try:
            self._refresh(key)
        except Exception as error:
            report("show a session of the batch", error)

    # -- showing ------------------------------------------------------------------------------

    def _cards(self) -> list[Card]:
        """Every row as it is now: the batch's entries, the problems, and what the poller said."""
        entries = {e.key: e for e in self.batch.entries()}
        return [
            Card(n, prompt, problem=self._problems.get(n))
            if key is None
            else Card(n, prompt, entries.get(key), None, *self._follows.seen(key))
            for n, key, prompt in self._numbers
        ]

    def _refresh(self, key: str | None = None) -> None:
        """Show the batch as it is now: one row's card (every card without ``key``), and the rest.

        All of it under ``updating``, read and written: the last change shown is the newest.
        """
        with self.updating:
            if self._closed:
                return
            stopped, cards = self.batch.stopped, self._cards()
            shown = range(len(cards)) if key is None else [self._card_of[key]] if key in self._card_of else []
            for n in shown:
                _set(self.cards[n], card_html(cards[n]))
            counts = Counts.of(cards)
            notice = f"{text(stopped.rstrip('. '))}. {STOPPED}" if stopped else text(self._said)
            changed = _set(self.notice, notice) | _set(self.cost, self._cost)
            changed |= _set(self.progress, progress_html(counts))
            if _set(self.table, results_html(cards)) or changed:
                self._saved.update(self._saved_bundle(counts))  # a saved notebook keeps what shows now
            self.controls.render(counts, stopped=stopped is not None)
            over = counts.settled or self._not_started or (stopped is not None and not counts.running)
            if over and self._begun:
                self._over.set()
            else:
                self._over.clear()

    # -- closing and results ------------------------------------------------------------------

    def close(self) -> None:
        """Stop watching and close every widget; the batch's sessions go on at HeyGen (unless cancelled).

        A gallery's own batch is closed too (its ledger keeps every row for a resume); a batch
        given with ``batch=`` is left to its owner. `results` keeps what is known.
        """
        if self._closed:  # closed before, or never built
            return
        with self.updating:
            if self._closed:
                return
            self._closed = True
        self._follows.close()
        with self.updating:
            close_tree(self, self._wiring)  # unsubscribes from the batch too
        if self._own_batch:
            self.batch.close()
        self._over.set()

    def results(self) -> list[dict[str, Any]]:
        """One row per prompt: row number, state, session, status, title, duration, video URL, and why not."""
        return [result_row(card) for card in self._cards()]

    def to_csv(self, path: str | Path) -> Path:
        """Save `results` as CSV."""
        target = Path(path)
        with target.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(self.results())
        return target

    def wait(self, timeout: float = 3600.0) -> list[dict[str, Any]]:
        """Block until every row has an outcome (a stuck session counts) or the batch stopped.

        Raises:
            TimeoutError: Still running after ``timeout`` seconds.
        """
        if not self._over.wait(timeout):
            raise TimeoutError(f"the gallery is still running after {timeout:g} s")
        return self.results()

    @property
    def finished(self) -> bool:
        """True once every row has an outcome (finished, failed, cancelled, left out, or stuck)."""
        return Counts.of(self._cards()).settled


def _set(widget: w.HTML, value: str) -> bool:
    """Set an HTML widget's value if it differs (hidden while empty); whether it did."""
    if widget.value == value:
        return False
    with widget.hold_sync():
        widget.value = value
        widget.layout.display = "" if value else "none"
    return True
