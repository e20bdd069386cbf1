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
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heygen_widgets.batch import Batch, Ledger, Row, State
from heygen_widgets.batch.batch import WATCH_DEADLINE
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from scripts import batch_kill
from scripts.batch_kill import MAX_DELAY
from scripts.batch_probes import FastForward, Inline, Slots, Stopwatch, Timers, overlap

ROOT = Path(__file__).resolve().parent.parent
ROWS, CONCURRENCY = 1000, 10
KILL_ROWS = 30  # per killed batch: the command polls within its budget of 5 requests a second
RENDER_SECONDS = 240.0  # the short end of real renders (the realistic profile draws 180 to 720 s)
WRITES = ("add", "intend", "created", "update")  # the ledger's methods that commit
SLOT_USE_TARGET = 95.0
Row5 = tuple[str, str, str, str, str]


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
        rss_before, writes = _rss_mb("VmRSS"), Stopwatch(ledger, WRITES)
        starts, slots, timers = _render_starts(fake, clock), Slots(clock), Timers(clock)
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
    return {
        "rows": rows,
        "concurrency": CONCURRENCY,
        "render_seconds": render_seconds,
        "finished": states.count(State.FINISHED),
        "sessions": paid,
        **_slot_use(slots, starts, began, render_seconds),
        "ledger_ms_per_row": 1000 * writes.seconds / rows,
        "ledger_writes_per_row": writes.calls / rows,
        "rss_mb_before": rss_before,
        "rss_mb_peak": _rss_mb(),
        "simulated_hours": (clock.now() - began) / 3600,
        "wall_seconds": wall,
    }


def _slot_use(slots: Slots, starts: dict[str, float], began: float, render: float) -> dict[str, float]:
    """Slot use as the batch counts it, and the share of slot time HeyGen was at work.

    Rows wait from the start until the last one takes a slot. At HeyGen a slot is at work from
    the create until the render is done (its start plus its length), not until a poll sees it.
    The simulator starts a render when a read finds the storyboard done (HeyGen starts it by
    itself), so that short wait counts as HeyGen's work here.
    """
    window = (began, max(slots.taken.values()))
    ours = [(slots.taken[k], slots.freed[k]) for k in slots.taken]
    heygen = [(slots.taken[k], min(slots.freed[k], starts[slots.sessions[k]] + render)) for k in slots.taken]
    full, used = overlap(ours, window, CONCURRENCY)
    _, working = overlap(heygen, window, CONCURRENCY)
    return {"slot_use_pct": 100 * full, "slot_occupancy_pct": 100 * used, "heygen_working_pct": 100 * working}


def _rss_mb(line: str = "VmHWM") -> float:
    """This process's peak RSS (``VmRSS``: its RSS now), in MB.

    Read from ``/proc``: ``getrusage``'s ``ru_maxrss`` survives ``exec``, so a child of a big
    process would report its parent's peak (elsewhere it is the fallback).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for found in status.read_text().splitlines():
            if found.startswith(line + ":"):
                return int(found.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, else KiB


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
