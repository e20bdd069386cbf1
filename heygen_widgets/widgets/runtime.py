"""What the panels share in one kernel: the connection, the poller, a ticker, and workers for clicks.

A notebook with 50 panels still has one poller thread and one connection pool.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, connect
from heygen_widgets.widgets._ticker import Ticker

_lock = threading.Lock()
_connection: Connection | None = None
_poller: Poller | None = None
_worker: ThreadPoolExecutor | None = None
_ticker: Ticker | None = None


class Runner(Protocol):
    """Runs a button's work away from the kernel's main thread (tests pass one that runs inline)."""

    def submit(self, fn: Callable[[], None], /) -> Future[None]:
        """Start ``fn``."""
        ...


def default_connection() -> Connection:
    """The kernel's connection: made once by `connect()` (HEYGEN_API_KEY, or the simulator)."""
    global _connection  # noqa: PLW0603 - one per kernel, on purpose
    with _lock:
        if _connection is None:
            _connection = connect()
        return _connection


def default_poller() -> Poller:
    """The kernel's one poller."""
    global _poller  # noqa: PLW0603 - one per kernel, on purpose
    with _lock:
        if _poller is None:
            _poller = Poller()
        return _poller


def default_runner() -> Runner:
    """Two worker threads for button clicks, so a slow request never blocks the notebook."""
    global _worker  # noqa: PLW0603 - one per kernel, on purpose
    with _lock:
        if _worker is None:
            _worker = ThreadPoolExecutor(max_workers=2, thread_name_prefix="heygen-action")
        return _worker


def default_ticker() -> Ticker:
    """The kernel's one ticker: moves every rendering panel's elapsed time, with no requests."""
    global _ticker  # noqa: PLW0603 - one per kernel, on purpose
    with _lock:
        if _ticker is None:
            _ticker = Ticker()
        return _ticker


class Inline:
    """A `Runner` that runs the work at once, in the caller's thread (for tests and scripts)."""

    def submit(self, fn: Callable[[], None], /) -> Future[None]:
        """Run ``fn`` now; its exception, if any, is kept in the returned future."""
        future: Future[None] = Future()
        try:
            fn()
        except BaseException as exc:  # handed to the future, as an executor would
            future.set_exception(exc)
        else:
            future.set_result(None)
        return future
