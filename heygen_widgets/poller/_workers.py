"""A fixed number of daemon threads that run the poller's reads, so one slow answer holds one of them.

Threads start only as jobs need them, up to ``size``; ``close`` lets each finish its current job
and end. A worker stuck in a request (up to its poll timeout) is not waited for: the poller
drops what it brings back after closing.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

logger = logging.getLogger("heygen_widgets.poller")

Job = Callable[[], None]


class Workers:
    """Runs jobs on at most ``size`` threads named ``{name}-1``, ``{name}-2``, ..."""

    def __init__(self, size: int, name: str) -> None:
        """No thread starts until the first `submit`."""
        if size < 1:
            raise ValueError(f"workers must be at least 1, not {size!r}")
        self.size = size
        self._name = name
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._pending = 0  # jobs submitted and not finished
        self._lock = threading.Lock()
        self._closed = False

    @property
    def threads(self) -> tuple[threading.Thread, ...]:
        """The worker threads started so far that are still alive."""
        with self._lock:
            return tuple(t for t in self._threads if t.is_alive())

    def submit(self, job: Job) -> None:
        """Run ``job`` on a worker; a new thread starts when every started one is busy."""
        with self._lock:
            if self._closed:
                raise RuntimeError("The poller's workers are closed.")
            self._pending += 1
            if self._pending > len(self._threads) and len(self._threads) < self.size:
                thread = threading.Thread(
                    target=self._work, name=f"{self._name}-{len(self._threads) + 1}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
        self._jobs.put(job)

    def close(self, timeout: float) -> None:
        """Let every worker finish its job and end; wait up to ``timeout`` seconds in all."""
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._jobs.put(None)
        deadline = time.monotonic() + timeout
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            except Exception:  # a bug in a job must not end the worker
                logger.exception("A poller worker failed a job; it goes on.")
            finally:
                with self._lock:
                    self._pending -= 1
