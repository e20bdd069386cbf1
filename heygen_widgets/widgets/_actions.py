"""How a control runs its action: one at a time, on the worker, every failure told in one line.

A disabled button is not enough to stop a double click: the second click can leave the browser
before the disabled state reaches it. So each control takes a `Guard` in the kernel before its
action starts, and a click that finds it taken is ignored.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future

from heygen_widgets.errors import HeyGenError
from heygen_widgets.widgets.runtime import Runner

logger = logging.getLogger("heygen_widgets.widgets")


class Guard:
    """Held while one action runs; `enter` refuses a second until `leave`."""

    def __init__(self, on_change: Callable[[], None] | None = None) -> None:
        """Free; ``on_change()`` runs after each `enter` and `leave` and reads `running` itself.

        Reading it (rather than being told) keeps the buttons right when a `leave` and the next
        `enter` race: whichever call comes last sees the state that holds.
        """
        self._lock = threading.Lock()
        self._running: str | None = None
        self._on_change = on_change

    @property
    def running(self) -> str | None:
        """The name of the action under way, or None."""
        return self._running

    def enter(self, name: str) -> bool:
        """Take the guard for ``name``; False (and nothing changes) if an action already runs."""
        with self._lock:
            if self._running is not None:
                return False
            self._running = name
        if self._on_change is not None:
            self._on_change()
        return True

    def leave(self) -> None:
        """The action is over: the next click runs."""
        with self._lock:
            self._running = None
        if self._on_change is not None:
            self._on_change()


def explain(error: BaseException) -> str:
    """One line for the user: HeyGen's message, or the kind of an unexpected error (never its text).

    The text of an error this toolkit did not make could hold anything, the API key included.
    """
    if isinstance(error, HeyGenError):
        return error.message
    return f"an unexpected {type(error).__name__} (the details are in the heygen_widgets log)"


def report(what: str, error: BaseException) -> str:
    """Log ``error`` with its traceback on the ``heygen_widgets`` logger; return "Could not <what>: ..."."""
    level = logging.WARNING if isinstance(error, HeyGenError) else logging.ERROR
    logger.log(level, "Could not %s.", what, exc_info=error)
    return f"Could not {what}: {explain(error)}"


def run_guarded(
    guard: Guard,
    name: str,
    runner: Runner,
    work: Callable[[], None],
    failed: Callable[[BaseException], None],
) -> Future[None] | None:
    """Run ``work`` on ``runner`` unless ``guard`` is taken (then None: the click is ignored).

    Whatever ``work`` raises goes to ``failed`` (on the worker; it sets traits only); the guard is
    free again once both are over, so the control stays usable.
    """
    if not guard.enter(name):
        return None

    def job() -> None:
        try:
            work()
        except Exception as error:  # every failure is told, none vanishes in a worker thread
            try:
                failed(error)
            except Exception:
                logger.exception("Could not show why %s failed.", name)
        finally:
            guard.leave()

    try:
        return runner.submit(job)
    except BaseException:
        guard.leave()  # the runner refused the work (shut down): nothing runs, the click is free
        raise
