"""A batch killed with SIGKILL at a random moment and run again: what a crash costs.

The simulator lives in this process, so the account (its sessions, their renders) survives
every kill, as HeyGen's does; the batch runs in a child process on a CSV file, with
``HEYGEN_API_KEY`` and ``HEYGEN_BASE_URL`` pointing at the simulator. Each run kills the child
once, at a moment drawn from a seeded generator (right after the simulator processed its Nth
create, plus a random delay: zero half the time, the moment a create's outcome is uncertain),
then runs it again until it exits. Counted at the simulator and in the ledger: sessions created
per row (want exactly 1), rows without a finished video (want 0) and complete videos on disk
(want all).

The child is `child_command`: ``heygen-widgets batch PROMPTS.csv --out DIR``, as a pipeline runs it.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heygen_widgets.batch import Ledger, State
from heygen_widgets.batch.download import file_names
from heygen_widgets.batch.ledger import default_path
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.media import sample_video
from heygen_widgets.fake.model import Phase

ROOT = Path(__file__).resolve().parent.parent
CREATE = "createVideoAgentV3"
KEY = "sk-bench-kill-7c41"  # the simulator takes any key; the child must have one to use it
SPEED = 40.0  # the simulator's stages take 1/40 of their time; the child's poller keeps its own pace
RENDER_SECONDS = 4.0
RESUME_TIMEOUT = 180.0
MAX_DELAY = 5.0  # seconds after the Nth create a kill may wait: it may land in a render or a download


class Creates:
    """Waits for the Nth create the simulator processes (woken as each request is logged)."""

    def __init__(self, fake: FakeHeyGen) -> None:
        """Count from now on."""
        self._fake = fake
        self._before = self._seen(fake.requests)

    @staticmethod
    def _seen(log: list[Any]) -> int:
        return sum(1 for entry in log if entry.operation == CREATE)

    def wait_for(self, creates: int, timeout: float, gone: Callable[[], bool]) -> bool:
        """Whether ``creates`` creates were processed within ``timeout`` seconds (False once ``gone()``)."""
        deadline = time.monotonic() + timeout

        def reached(log: list[Any]) -> bool:
            return self._seen(log) - self._before >= creates

        while not self._fake.wait_for_requests(reached, min(1.0, max(deadline - time.monotonic(), 0))):
            if gone() or time.monotonic() >= deadline:  # a second at most between looks: the child may die
                return False
        return True


def child_command(prompts: Path, out: Path) -> list[str]:
    """The batch run the benchmark kills: the ``heygen-widgets batch`` command on the CSV file."""
    return [sys.executable, "-m", "heygen_widgets", "batch", str(prompts), "--out", str(out)]


@dataclass(frozen=True)
class Run:
    """One kill and resume."""

    kill_after_creates: int
    kill_delay: float
    killed: bool  # the child was still running when the kill came
    uncertain: bool  # the kill left a row creating: its create sent, its answer never recorded
    resumed_exit: int | None  # the rerun's exit code (None: it did not end in time)
    sessions_per_row: list[int]
    lost: int  # rows without a finished video at the simulator, or not finished in the ledger
    downloaded: int  # complete video files where the command put them
    seconds: float


def write_prompts(path: Path, rows: int, tag: str) -> list[str]:
    """A CSV file of ``rows`` prompts, unique to ``tag``; returns the prompts."""
    prompts = [f"Run {tag}, product {n}: a thirty second tour" for n in range(1, rows + 1)]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["prompt"])
        writer.writerows([p] for p in prompts)
    return prompts


@contextmanager
def _child(fake: FakeHeyGen, prompts: Path, out: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "HEYGEN_API_KEY": KEY, "HEYGEN_BASE_URL": fake.url}
    with log.open("ab") as err:
        child = subprocess.Popen(
            child_command(prompts, out), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err
        )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(30)


def one_run(folder: Path, rows: int, after: int, delay: float) -> Run:
    """On an account of its own: run the batch, kill it at a moment, run it again; count what it cost.

    The moment: right after the simulator processed the ``after``-th create, plus ``delay`` seconds.
    """
    began, prompts_csv, out = time.monotonic(), folder / "prompts.csv", folder / "videos"
    prompts = write_prompts(prompts_csv, rows, folder.name)
    with FakeHeyGen(timed=True, speed=SPEED, render_seconds=RENDER_SECONDS) as fake:
        killed = _kill_at(fake, prompts_csv, out, after, delay)
        with Ledger(default_path(prompts_csv)) as ledger:
            uncertain = any(e.state is State.CREATING for e in ledger.entries())
        with _child(fake, prompts_csv, out, folder / "child.log") as child:
            try:
                code: int | None = child.wait(RESUME_TIMEOUT)
            except subprocess.TimeoutExpired:
                code = None
        counted = _count(fake, prompts, prompts_csv, out)
    return Run(after, round(delay, 3), killed, uncertain, code, *counted, time.monotonic() - began)


def _kill_at(fake: FakeHeyGen, prompts_csv: Path, out: Path, after: int, delay: float) -> bool:
    """Start the command, SIGKILL it at the moment; whether it was still running then."""
    creates, log = Creates(fake), prompts_csv.with_name("child.log")
    with _child(fake, prompts_csv, out, log) as child:
        if not creates.wait_for(after, timeout=120, gone=lambda: child.poll() is not None):
            raise RuntimeError(f"the batch never reached {after} creates: {log.read_text()[-2000:]}")
        if delay:
            time.sleep(delay)  # the moment to kill at: a benchmark's pause, nothing waits on it
        running = child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    return running and child.returncode == -signal.SIGKILL


def _count(fake: FakeHeyGen, prompts: list[str], prompts_csv: Path, out: Path) -> tuple[list[int], int, int]:
    """Sessions per row (at the simulator), rows lost, and complete videos where the command puts them."""
    with fake.backend.lock:
        made = Counter(s.prompt for s in fake.backend.sessions.values())
        done = {s.prompt for s in fake.backend.sessions.values() if s.phase is Phase.DONE}
    with Ledger(default_path(prompts_csv)) as ledger:
        entries = ledger.entries()
    finished = {e.prompt for e in entries if e.state is State.FINISHED}
    lost = sum(1 for p in prompts if p not in done or p not in finished)
    size = len(sample_video())  # what the simulator serves for every video
    names = file_names(entries).values()
    on_disk = sum(1 for name in names if (out / name).is_file() and (out / name).stat().st_size == size)
    return [made[p] for p in prompts], lost, on_disk


def kill_and_resume(
    runs: int = 5, rows: int = 30, seed: int = 13, max_delay: float = MAX_DELAY
) -> dict[str, Any]:
    """``runs`` kills and resumes on ``rows`` rows each, side by side; the figures over all of them.

    Each run has an account (a simulator) of its own, so they can run at once: the child's
    poller keeps to its request budget (5 a second), which is what bounds a run's time here.
    """
    rng = random.Random(seed)  # noqa: S311 - the moments to kill at, reproducible
    moments = [(rng.randint(1, rows), rng.choice((0.0, rng.uniform(0.0, max_delay)))) for _ in range(runs)]
    with tempfile.TemporaryDirectory() as scratch, ThreadPoolExecutor(runs) as pool:
        folders = [Path(scratch) / f"run{number}" for number in range(1, runs + 1)]
        for folder in folders:
            folder.mkdir()
        done = list(pool.map(lambda job: one_run(job[0], rows, *job[1]), zip(folders, moments, strict=True)))
    per_row = [n for run in done for n in run.sessions_per_row]
    return {
        "runs": [asdict(run) for run in done],
        "rows": rows,
        "sessions_per_row_max": max(per_row),
        "sessions_per_row_mean": sum(per_row) / len(per_row),
        "lost": sum(run.lost for run in done),
        "videos_downloaded": sum(run.downloaded for run in done),
        "videos_expected": rows * runs,
        "uncertain_kills": sum(run.uncertain for run in done),
        "resumed_ok": sum(run.resumed_exit == 0 for run in done),
    }
