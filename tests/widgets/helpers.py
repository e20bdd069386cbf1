"""A runner that holds the work until told, and a timer hook that records instead of waiting."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable
from concurrent.futures import Future
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
