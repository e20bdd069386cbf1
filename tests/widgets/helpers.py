"""A runner that holds the work until told, and a timer hook that records instead of waiting."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import ipywidgets as w


class Deferred:
    """A `Runner` that keeps each piece of work until `run`: a second click arrives while the first runs."""

    def __init__(self) -> None:
        self.pending: list[tuple[Callable[[], None], Future[None]]] = []

    def submit(self, fn: Callable[[], None], /) -> Future[None]:
        future: Future[None] = Future()
        self.pending.append((fn, future))
        return future

    def run(self) -> int:
        """Run everything submitted (and anything that submits meanwhile); return how many ran."""
        ran = 0
        while self.pending:
            fn, future = self.pending.pop(0)
            try:
                fn()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(None)
            ran += 1
        return ran


@dataclass
class Scheduled:
    delay: float
    fn: Callable[[], None]
    cancelled: bool = False
    fired: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class Timers:
    """A gallery ``schedule`` hook: records each timer; `fire` runs the due ones when the test says."""

    def __init__(self) -> None:
        self.made: list[Scheduled] = []

    def __call__(self, delay: float, fn: Callable[[], None]) -> Scheduled:
        timer = Scheduled(delay, fn)
        self.made.append(timer)
        return timer

    @property
    def pending(self) -> list[Scheduled]:
        return [t for t in self.made if not t.cancelled and not t.fired]

    def fire(self) -> int:
        """Run every pending timer once; return how many ran."""
        due = self.pending
        for timer in due:
            timer.fired = True
            timer.fn()
        return len(due)


def open_widgets() -> int:
    """How many widgets ipywidgets holds open, after collecting garbage."""
    gc.collect()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Widget.widgets: still the registry in 8.1
        return len(w.Widget.widgets)


def run_gallery(gallery: Any, fake: Any, poller: Any, clock: Any) -> None:
    """Let the simulator's agents work and the poller read until the gallery has every outcome."""
    for _ in range(60):
        if gallery.finished:
            return
        fake.run_until_idle()
        clock.advance(poller.poll_once())
