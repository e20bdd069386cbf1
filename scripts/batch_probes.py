"""What the batch benchmark measures with: a clock that skips waits, and counters fitted from outside.

`FastForward` runs in real time but lets the benchmark skip every wait, so what a batch does
takes its real time and what it waits for takes none; `Timers` and `Inline` run the batch's
timer and work on it. `Slots` notes when each row took and gave back a slot, `Stopwatch` times
an object's methods without changing its code, and `overlap` turns spans into shares of time.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from heygen_widgets.batch import Entry, State
from heygen_widgets.batch.ledger import OUTCOMES

START_EPOCH = 1_767_225_600


class FastForward:
    """Real time that skips the waits: shared by the simulator (timed mode) and the poller."""

    timed = True
    speed = 1.0

    def __init__(self) -> None:
        """Start at 0 seconds (`START_EPOCH` as a Unix time)."""
        self._origin = time.monotonic()
        self._skipped = 0.0

    def now(self) -> float:
        """Seconds since the start, waits skipped included."""
        return time.monotonic() - self._origin + self._skipped

    def __call__(self) -> float:
        """Same as `now`, for the poller."""
        return self.now()

    def epoch(self) -> int:
        """The simulator's Unix time."""
        return int(self.wall())

    def wall(self) -> float:
        """Unix time, for the batch's ledger (HeyGen's ``created_at`` and ours agree)."""
        return START_EPOCH + self.now()

    def skip(self, seconds: float) -> None:
        """Let ``seconds`` pass at once."""
        self._skipped += max(0.0, seconds)


class Timers:
    """The batch's retry timer on the fast-forward clock, fired by the loop when due."""

    def __init__(self, clock: FastForward) -> None:
        """No timer yet."""
        self._clock = clock
        self._pending: list[_Timer] = []

    def __call__(self, delay: float, fn: Callable[[], None]) -> _Timer:
        """`heygen_widgets.backoff.Schedule`."""
        made = _Timer(self._clock.now() + delay, fn)
        self._pending.append(made)
        return made

    def due_in(self) -> float:
        """Seconds until the next timer (infinity when none)."""
        self._pending = [t for t in self._pending if not t.cancelled]
        return min((t.at for t in self._pending), default=math.inf) - self._clock.now()

    def fire_due(self) -> None:
        """Run the timers whose time has come."""
        now = self._clock.now()
        due = [t for t in self._pending if t.at <= now and not t.cancelled]
        self._pending = [t for t in self._pending if t not in due]
        for made in due:
            made.fn()


class _Timer:
    def __init__(self, at: float, fn: Callable[[], None]) -> None:
        self.at, self.fn, self.cancelled = at, fn, False

    def cancel(self) -> None:
        self.cancelled = True


class Inline:
    """The batch's runner: its creates run at once, on the loop's thread, taking their real time."""

    def submit(self, fn: Callable[[], None], /) -> None:
        """Run ``fn`` now."""
        fn()


class Slots:
    """When each row took a slot (its intent recorded) and when the batch saw its outcome."""

    def __init__(self, clock: FastForward) -> None:
        """Nothing seen yet."""
        self._clock = clock
        self.taken: dict[str, float] = {}
        self.freed: dict[str, float] = {}
        self.sessions: dict[str, str] = {}

    def __call__(self, entry: Entry) -> None:
        """A batch subscriber."""
        now = self._clock.now()
        if entry.state is State.CREATING:
            self.taken.setdefault(entry.key, now)
        if entry.session_id:
            self.sessions[entry.key] = entry.session_id
        if entry.state in OUTCOMES:
            self.freed.setdefault(entry.key, now)

    def done(self, rows: int) -> bool:
        """Every row has an outcome."""
        return len(self.freed) >= rows


class Stopwatch:
    """Wall time spent in some methods of one object, timed from outside (nested calls once)."""

    def __init__(self, target: object, names: Sequence[str]) -> None:
        """Wrap ``names`` on the instance ``target``."""
        self.seconds, self.calls, self._depth = 0.0, 0, threading.local()
        for name in names:
            setattr(target, name, self._timed(getattr(target, name)))

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            depth = getattr(self._depth, "n", 0)
            self._depth.n = depth + 1
            began = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self._depth.n = depth
                if depth == 0:  # `created` calls `update`: the outer call is what the batch paid
                    self.seconds += time.perf_counter() - began
                    self.calls += 1

        return timed


def overlap(
    spans: Sequence[tuple[float, float]], window: tuple[float, float], size: int
) -> tuple[float, float]:
    """Over ``window``: the share of time ``size`` or more spans overlap, and the mean use of ``size``."""
    start, end = window
    marks = sorted(
        [(min(max(a, start), end), 1) for a, _ in spans] + [(min(max(b, start), end), -1) for _, b in spans]
    )
    full = used = 0.0
    count, last = 0, start
    for at, change in [*marks, (end, 0)]:
        full += (at - last) * (count >= size)
        used += (at - last) * min(count, size)
        count, last = count + change, at
    length = end - start
    return (full / length, used / (length * size)) if length > 0 else (1.0, 1.0)
