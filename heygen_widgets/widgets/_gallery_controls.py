"""The gallery's buttons: Cancel and Retry failed, each on only when it can act; a tooltip says why not."""

from __future__ import annotations

import threading
from collections.abc import Callable

import ipywidgets as w

from heygen_widgets.batch import Batch
from heygen_widgets.batch.cost import estimate
from heygen_widgets.widgets._actions import Guard, report, run_guarded
from heygen_widgets.widgets._wiring import Wiring
from heygen_widgets.widgets.controls import BUSY_TIP
from heygen_widgets.widgets.gallery_view import Counts
from heygen_widgets.widgets.runtime import Runner


def _rows(n: int) -> str:
    return f"{n} row{'' if n == 1 else 's'}"


def cancel_tip(counts: Counts, *, stopped: bool) -> str | None:
    """What Cancel does, or None when it is off (`idle_tip` says why)."""
    running, queued = counts.running + counts.stuck, 0 if stopped else counts.queued
    if not (running or queued):
        return None
    parts = [f"stop the {running} running session{'' if running == 1 else 's'}"] if running else []
    parts += [f"cancel the {_rows(queued)} still queued"] if queued else []
    return " and ".join(parts).capitalize() + "; finished videos stay"


def idle_tip(*, stopped: bool) -> str:
    """Why Cancel is off."""
    if stopped:
        return "Nothing runs: the batch stopped starting rows (the line above says why)"
    return "Nothing runs: every row has an outcome"


def retry_tip(counts: Counts) -> str | None:
    """What Retry failed does (and about what it costs), or None when it is off."""
    if not counts.failed:
        return None
    cost = estimate(range(counts.failed)).total
    return f"Start a new session for the {_rows(counts.failed)} that failed (about ${cost:,.2f} more)"


def no_retry_tip(counts: Counts) -> str:
    """Why Retry failed is off."""
    if counts.left_out:
        return "No session failed; fix the rows left out for bad input in the source, then run the cell again"
    return "No row failed"


class GalleryControls(w.HBox):
    """Cancel and Retry failed; each click runs once on the runner, and its outcome is told in one line."""

    def __init__(
        self, batch: Batch, runner: Runner, wiring: Wiring, done: Callable[[str], None], lock: threading.RLock
    ) -> None:
        """``done(line)`` shows what a click did, or why it failed; ``lock`` guards the gallery's updates."""
        self.cancel = w.Button(description="Cancel", icon="stop", button_style="warning", disabled=True)
        self.retry = w.Button(description="Retry failed", icon="redo", disabled=True)
        self.cancel.add_class("hgw-gallery-cancel")
        self.retry.add_class("hgw-gallery-retry")
        super().__init__([self.cancel, self.retry])
        self.add_class("hgw-gallery-controls")
        self._batch, self._runner, self._done, self._lock = batch, runner, done, lock
        self._counts, self._stopped = Counts(), False
        self._guard = Guard(lambda: self.render(self._counts, stopped=self._stopped))
        wiring.click(self.cancel, lambda: self._run("cancel the batch", self._cancel))
        wiring.click(self.retry, lambda: self._run("retry the failed rows", self._retry))
        self.render(self._counts, stopped=False)

    def render(self, counts: Counts, *, stopped: bool) -> None:
        """Enable what ``counts`` allow (nothing while a click's work runs), and say why not."""
        busy = self._guard.running is not None
        cancel, retry = cancel_tip(counts, stopped=stopped), retry_tip(counts)
        with self._lock:
            self._counts, self._stopped = counts, stopped
            with self.cancel.hold_sync(), self.retry.hold_sync():
                self.cancel.disabled = busy or cancel is None
                self.cancel.tooltip = BUSY_TIP if busy and cancel else cancel or idle_tip(stopped=stopped)
                self.retry.disabled = busy or retry is None
                self.retry.tooltip = BUSY_TIP if busy and retry else retry or no_retry_tip(counts)

    def _run(self, what: str, work: Callable[[], str]) -> None:
        run_guarded(
            self._guard,
            what,
            self._runner,
            lambda: self._done(work()),
            lambda error: self._done(report(what, error)),
        )

    def _cancel(self) -> str:
        running = self._counts.running + self._counts.stuck
        stopped = self._batch.cancel()
        line = f"Cancelled: {stopped} of {running} running sessions stopped; no queued row will start."
        if stopped < running:
            line += " The others say on their cards why they could not be stopped."
        return line + " Finished videos stay."

    def _retry(self) -> str:
        queued = self._batch.retry_failed()
        return f"Retrying {_rows(queued)}: each gets a new session."
