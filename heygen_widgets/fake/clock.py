"""The simulator's two clocks.

*Step* mode (`StepClock`): time stands still and the agent moves only when told, by
``FakeHeyGen.step()`` or after a set number of polls, which keeps tests exact. *Timed* mode
(`TimedClock`): the agent's stages take a few real seconds each, divided by a speed factor, for
demos and browser tests.

A timed clock reads wall-clock seconds (Unix time), and the speed is applied to how long a stage
lasts, not to the clock: a simulator that restarts on a stored state (the per-user simulator)
finds every stage where wall-clock time has taken it, whatever speed it runs at now.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    """What the simulator needs to know about time."""

    @property
    def timed(self) -> bool:
        """True when stages finish by themselves as time passes."""
        ...

    def now(self) -> float:
        """Seconds; for a timed clock, Unix time that never runs backwards while the process lives."""
        ...

    def epoch(self) -> int:
        """A Unix timestamp for ``created_at`` fields."""
        ...


class StepClock:
    """A clock that moves only when ``advance()`` is called."""

    timed = False
    speed = 1.0

    def __init__(self, start: float = 1_767_225_600.0) -> None:
        """Start at ``start`` (a Unix time; 2026-01-01 by default)."""
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current simulated time."""
        with self._lock:
            return self._now

    def epoch(self) -> int:
        """The simulated time as a Unix timestamp."""
        return int(self.now())

    def advance(self, seconds: float) -> None:
        """Move simulated time forward (stages still advance only by step or poll count)."""
        with self._lock:
            self._now += seconds


class TimedClock:
    """Real time; the agent's stages last ``1 / speed`` of their nominal duration."""

    timed = True

    def __init__(self, speed: float = 1.0) -> None:
        """``speed=2`` makes every stage take half as long."""
        if speed <= 0:
            raise ValueError("speed must be positive, for example 1.0 or 4.0")
        self.speed = speed
        self._origin = time.monotonic()
        self._wall_origin = time.time()

    def now(self) -> float:
        """Unix time, read as the wall clock at start plus monotonic time since (no jumps back)."""
        return self._wall_origin + (time.monotonic() - self._origin)

    def epoch(self) -> int:
        """Real wall-clock Unix time."""
        return int(self.now())


class ManualClock:
    """A timed-mode clock moved by hand: the agent's stages complete as ``seconds`` passes them.

    For tests and benchmarks that need timed mode without waiting; calling it returns the same
    seconds, so a `heygen_widgets.poller.Poller` can share it.
    """

    timed = True
    speed = 1.0

    def __init__(self, start_epoch: int = 1_767_225_600) -> None:
        """Start at 0 seconds (``start_epoch`` as a Unix time)."""
        self.seconds = 0.0
        self._start_epoch = start_epoch

    def now(self) -> float:
        """Seconds since the start."""
        return self.seconds

    def epoch(self) -> int:
        """The matching Unix time."""
        return self._start_epoch + int(self.seconds)

    def __call__(self) -> float:
        """Same as `now`, for code that takes a plain clock function."""
        return self.seconds

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.seconds += seconds
