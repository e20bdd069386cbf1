"""``make bench``'s batch figures: a 1,000-row batch on a fast-forwarded simulator, and kills.

The 1,000-row batch runs in a process of its own (so its peak RSS is its own: the batch, its
poller and the simulator it talks to over loopback), with the batch's defaults (concurrency 10,
its own kind of poller with the default pace and request budget) on a clock that runs in real
time but skips every wait: a render lasts `RENDER_SECONDS` and a poll comes when the pace says,
yet nobody waits for either. What the batch itself does (creates, reads, ledger writes) takes
the real time it takes. Reported:

- slot use: over the time rows wait in the queue, the share during which ``concurrency`` rows
  hold a slot (creating or running) as the batch counts them;
- HeyGen's side of it: the share of slot-time in which HeyGen was working on one of the batch's
  sessions; a finished render keeps its slot until a poll sees it, so this is lower;
- ledger overhead: wall time spent in the ledger's writes, per row over its life;
- peak RSS of that process.

The kill-and-resume figures are `scripts.batch_kill`'s.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heygen_widgets.batch import Batch, Entry, Ledger, Row, State
from heygen_widgets.batch.batch import WATCH_DEADLINE
from heygen_widgets.batch.ledger import OUTCOMES
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from scripts import batch_kill
from scripts.batch_kill import MAX_DELAY

ROOT = Path(__file__).resolve().parent.parent
ROWS, CONCURRENCY = 1000, 10
KILL_ROWS = 30  # per killed batch: the command polls within its budget of 5 requests a second
RENDER_SECONDS = 240.0  # the short end of real renders (the realistic profile draws 180 to 720 s)
START_EPOCH = 1_767_225_600
WRITES = ("add", "intend", "created", "update")  # the ledger's methods that commit
SLOT_USE_TARGET = 95.0
Row5 = tuple[str, str, str, str, str]


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


def _rows(count: int) -> list[Row]:
    return [
        Row(n, f"Lesson {n} of {count}: a one-minute explainer for new customers")
        for n in range(1, count + 1)
    ]


def _render_starts(fake: FakeHeyGen, clock: FastForward) -> dict[str, float]:
    """When each session's render began at the simulator (a render then lasts its fixed length)."""
    starts: dict[str, float] = {}
    work = fake.backend.work
    start_render = work.start_render

    def recorded(session: Any) -> None:
        starts.setdefault(session.id, clock.now())
        start_render(session)

    work.start_render = recorded  # type: ignore[method-assign]
    return starts


def _drive(batch: Batch, poller: Poller, timers: Timers, clock: FastForward, slots: Slots) -> None:
    """Poll and fire timers, skipping each wait, until every row has an outcome."""
    rows, limit = len(batch.keys), clock.now() + len(batch.keys) * WATCH_DEADLINE
    batch.start()
    while not slots.done(rows):
        if batch.stopped or clock.now() > limit:
            raise RuntimeError(f"the batch did not finish: {batch.stopped or batch!r}")
        clock.skip(min(poller.poll_once(), timers.due_in()))
        timers.fire_due()


def large_batch(rows: int = ROWS, render_seconds: float = RENDER_SECONDS) -> dict[str, Any]:
    """Run ``rows`` rows at `CONCURRENCY` through a batch; return its figures (see the module)."""
    clock = FastForward()
    with (
        tempfile.TemporaryDirectory() as folder,
        FakeHeyGen(clock=clock, render_seconds=render_seconds) as fake,
        Connection(Transport(fake.url, "bench-batch")) as connection,
        Poller(clock=clock, autostart=False, deadline=WATCH_DEADLINE) as poller,
        Ledger(Path(folder) / "prompts.csv.ledger.sqlite", clock=clock.wall) as ledger,
    ):
        rss_before = _rss_mb()
        writes, starts, slots, timers = (
            Stopwatch(ledger, WRITES),
            _render_starts(fake, clock),
            Slots(clock),
            Timers(clock),
        )
        batch = Batch(
            _rows(rows),
            connection=connection,
            poller=poller,
            ledger=ledger,
            concurrency=CONCURRENCY,
            runner=Inline(),
            schedule=timers,
            clock=clock.wall,
        )
        batch.subscribe(slots)
        began, wall = clock.now(), time.perf_counter()
        _drive(batch, poller, timers, clock, slots)
        wall = time.perf_counter() - wall
        states = [entry.state for entry in batch.entries()]
        batch.close()
        paid = len(fake.backend.sessions)
    window = (began, max(slots.taken.values()))
    ours = [(slots.taken[k], slots.freed[k]) for k in slots.taken]
    heygen = [
        (slots.taken[k], min(slots.freed[k], starts[slots.sessions[k]] + render_seconds)) for k in slots.taken
    ]
    full, used = overlap(ours, window, CONCURRENCY)
    _, working = overlap(heygen, window, CONCURRENCY)
    return {
        "rows": rows,
        "concurrency": CONCURRENCY,
        "render_seconds": render_seconds,
        "finished": states.count(State.FINISHED),
        "sessions": paid,
        "slot_use_pct": 100 * full,
        "slot_occupancy_pct": 100 * used,
        "heygen_working_pct": 100 * working,
        "ledger_ms_per_row": 1000 * writes.seconds / rows,
        "ledger_writes_per_row": writes.calls / rows,
        "rss_mb_before": rss_before,
        "rss_mb_peak": _rss_mb(),
        "simulated_hours": (clock.now() - began) / 3600,
        "wall_seconds": wall,
    }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def large_batch_apart(rows: int = ROWS, render_seconds: float = RENDER_SECONDS) -> dict[str, Any]:
    """`large_batch` in a process of its own, so the peak RSS is the batch's (and its simulator's)."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--rows",
        str(rows),
        "--render-seconds",
        str(render_seconds),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {rows}-row batch failed: {done.stderr.strip()[-2000:]}")
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def measure(
    rows: int = ROWS,
    kill_runs: int = 5,
    kill_rows: int = KILL_ROWS,
    seed: int = 13,
    max_delay: float = MAX_DELAY,
) -> dict[str, Any]:
    """The large batch (in its own process), then the kill-and-resume runs (see `batch_kill`)."""
    return {
        "large": large_batch_apart(rows),
        "kills": batch_kill.kill_and_resume(kill_runs, kill_rows, seed, max_delay),
    }


def rows(found: dict[str, Any]) -> list[Row5]:
    """The bench table's rows for the batch figures (figure, ours, baseline, target, verdict)."""
    big, kills = found["large"], found["kills"]
    runs, each = len(kills["runs"]), kills["rows"]
    name = f"{big['rows']:,}-row batch"
    killed = f"{runs} batches of {each} rows killed (SIGKILL) and resumed"
    exact = kills["sessions_per_row_max"] == 1 and kills["sessions_per_row_mean"] == 1
    return [
        (
            f"{name}, concurrency {big['concurrency']}, {big['render_seconds']:.0f}-s renders: "
            "simulated hours / wall seconds",
            f"{big['simulated_hours']:.1f} / {big['wall_seconds']:.0f}",
            "",
            "",
            "",
        ),
        (
            f"{name}: slot use while rows wait (%)",
            f"{big['slot_use_pct']:.2f}",
            "",
            f">= {SLOT_USE_TARGET:g}",
            _verdict(big["slot_use_pct"] >= SLOT_USE_TARGET and big["finished"] == big["rows"]),
        ),
        (
            f"{name}: slot time HeyGen spent rendering or drafting (%)",
            f"{big['heygen_working_pct']:.1f}",
            "",
            "",
            "",
        ),
        (
            f"{name}: ledger writes per row (ms over its life, writes)",
            f"{big['ledger_ms_per_row']:.2f} ({big['ledger_writes_per_row']:.1f})",
            "",
            "",
            "",
        ),
        (f"{name}: peak RSS, simulator included (MB)", f"{big['rss_mb_peak']:.0f}", "", "", ""),
        (
            f"{killed}: sessions per row, max / mean",
            f"{kills['sessions_per_row_max']} / {kills['sessions_per_row_mean']:.2f}",
            "",
            "1 / 1.00",
            _verdict(exact),
        ),
        (f"{killed}: rows lost", str(kills["lost"]), "", "0", _verdict(kills["lost"] == 0)),
        (
            f"{killed}: videos downloaded",
            f"{kills['videos_downloaded']} of {kills['videos_expected']}",
            "",
            "all",
            _verdict(kills["videos_downloaded"] == kills["videos_expected"]),
        ),
        (
            f"{killed}: kills that left a create uncertain / reruns that exited 0",
            f"{kills['uncertain_kills']} / {kills['resumed_ok']}",
            "",
            "",
            "",
        ),
    ]


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    """Run `large_batch` and print its figures as JSON (what `large_batch_apart` reads)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--render-seconds", type=float, default=RENDER_SECONDS)
    args = parser.parse_args(argv)
    print(json.dumps(large_batch(args.rows, args.render_seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
