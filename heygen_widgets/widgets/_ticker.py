"""One ticker per kernel: every few seconds, each rendering panel moves its elapsed time and estimate.

A tick is arithmetic on the clock, never a request. The ticker holds its panels weakly and its
daemon thread runs only while some panel is registered: the last one to leave ends it.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Protocol

logger = logging.getLogger("heygen_widgets.widgets")

EVERY = 5.0  # seconds between ticks: the elapsed time reads live, at one small message per tick


class Tickable(Protocol):
    """What the ticker calls: one step, given the time."""

    def tick(self, now: float) -> None:
        """Update what depends on the time only."""
        ...


class Ticker:
    """Calls ``tick(now)`` on each registered object every ``every`` seconds, from one daemon thread."""

    def __init__(
        self, *, every: float = EVERY, clock: Callable[[], float] = time.time, autostart: bool = True
    ) -> None:
        """``clock`` gives Unix seconds; with ``autostart=False`` nothing runs until `tick_once` is called."""
        self.every = every
        self.clock = clock
        self._autostart = autostart
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._members: weakref.WeakSet[Tickable] = weakref.WeakSet()
        self._thread: threading.Thread | None = None

    @property
    def registered(self) -> int:
        """How many objects are registered."""
        with self._lock:
            return len(self._members)

    def register(self, member: Tickable) -> None:
        """Tick ``member`` from now on (again registering is harmless); starts the thread if needed."""
        with self._lock:
            self._members.add(member)
            if self._autostart and self._thread is None:
                self._thread = threading.Thread(target=self._run, name="heygen-ticker", daemon=True)
                self._thread.start()

    def unregister(self, member: Tickable) -> None:
        """Stop ticking ``member``; the thread ends when nobody is left."""
        with self._lock:
            self._members.discard(member)
            if not self._members:
                self._wake.set()

    def tick_once(self) -> int:
        """Tick every member now; return how many were ticked. A member that raises is logged."""
        with self._lock:
            members = list(self._members)
        now = self.clock()
        for member in members:
            try:
                member.tick(now)
            except Exception:  # one panel's bug must not stop the others' clocks
                logger.warning("a panel's tick failed", exc_info=True)
        return len(members)

    def _run(self) -> None:
        while True:
            self._wake.wait(self.every)
            with self._lock:
                self._wake.clear()
                if not self._members:
                    self._thread = None
                    return
            self.tick_once()

    def join(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the thread to end (nobody registered); True if it did."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    @property
    def running(self) -> bool:
        """True while the thread lives."""
        with self._lock:
            return self._thread is not None
