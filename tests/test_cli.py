"""``heygen-widgets``, run as a subprocess against a simulator started in the test process."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen, TimedClock
from heygen_widgets.fake.home import Home
from heygen_widgets.fake.standalone import stop_home

KEY = "sk-cli-test-91c2d7"
CREATE = "createVideoAgentV3"


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "heygen_widgets", *map(str, args)]


def environment(url: str | None = None, **more: str) -> dict[str, str]:
    """This process's environment without any HeyGen setting but the scratch simulator folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEYGEN_") or k == "HEYGEN_SIMULATOR_HOME"}
    if url is not None:
        env.update(HEYGEN_API_KEY=KEY, HEYGEN_BASE_URL=url)
    return {**env, **more}


def run(*args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def quick() -> Iterator[FakeHeyGen]:
    """A simulator whose agent and renders take well under a second."""
    with FakeHeyGen(timed=True, speed=200, render_seconds=20) as fake:
        yield fake


@pytest.fixture
def simulator(quick: FakeHeyGen) -> FakeHeyGen:
    quick.reset()
    return quick


def creates(fake: FakeHeyGen) -> int:
    return sum(1 for r in fake.requests if r.operation == CREATE and r.status < 300)


# -- usage and input: no batch runs -----------------------------------------------------------------


def test_without_a_key_one_line_says_to_set_it_or_pass_offline(tmp_path: Path) -> None:
    prompts = write_csv(tmp_path / "prompts.csv", [{"prompt": "A clip"}])
    answer = run("batch", prompts, "--out", tmp_path / "out", env=environment(), cwd=tmp_path)

    assert answer.returncode == 2
    lines = answer.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "HEYGEN_API_KEY" in lines[0] and "--offline" in lines[0]
    assert not (tmp_path / "out").exists()


def test_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    answer = run("batch", tmp_path / "nope.csv", "--out", tmp_path, env=environment(), cwd=tmp_path)
    assert answer.returncode == 2
    assert "nope.csv: no such file" in answer.stderr and "'prompt' column" in answer.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "prompts.csv"],  # no --out
        ["batch", "prompts.csv", "--out", "o", "--concurrency", "0"],
        ["batch", "prompts.csv", "--out", "o", "--mode", "review"],
        [],
    ],
)
def test_bad_usage_exits_with_2(tmp_path: Path, args: list[str]) -> None:
    write_csv(tmp_path / "prompts.csv", [{"prompt": "A clip"}])
    answer = run(*args, env=environment(), cwd=tmp_path)
    assert answer.returncode == 2
    assert "usage: heygen-widgets" in answer.stderr


def test_fake_serves_the_per_user_simulator_until_stopped(tmp_path: Path) -> None:
    home = tmp_path / "simulator"
    env = environment(HEYGEN_SIMULATOR_HOME=str(home))
    proc = subprocess.Popen(
        command("fake", "--port", "0", "--speed", "5"), env=env, cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # it says where it listens once it does
        assert "HeyGen simulator on http://127.0.0.1:" in first and str(home) in first
        state = Home(home).read_state()
        assert state is not None and state.pid == proc.pid
        # An answer means it serves (and has its signal handlers: a SIGTERM sent between its
        # "ready" line and then is lost, a race of the simulator's own).
        assert httpx.get(f"{state.url}/_fake/health", timeout=10).status_code == 200
    finally:
        stop_home(Home(home))
        assert proc.wait(timeout=10) == 0
        if proc.stdout is not None:
            proc.stdout.close()


# -- batches end to end -----------------------------------------------------------------------------


def test_every_row_finished_and_downloaded_exits_0(simulator: FakeHeyGen, tmp_path: Path) -> None:
    prompts = write_csv(
        tmp_path / "prompts.csv",
        [
            {"prompt": "Our office tour", "name": "office", "sku": "A-1"},
            {"prompt": "Lesson one", "name": "", "sku": "B-2"},
        ],
    )
    answer = run(
        "batch", prompts, "--out", tmp_path / "videos", "--keep", "sku",
        env=environment(simulator.url), cwd=tmp_path,
    )  # fmt: skip

    assert answer.returncode == 0, answer.stderr
    assert "Finished: 2 of 2" in answer.stdout
    assert "Failed: 0" in answer.stdout and "Cancelled: 0" in answer.stdout
    files = sorted(p.name for p in (tmp_path / "videos").iterdir())
    assert files == ["002-lesson-one.webm", "office.webm", "results.csv"]
    assert (tmp_path / "prompts.csv.ledger.sqlite").is_file()  # beside the CSV
    with (tmp_path / "videos" / "results.csv").open(encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [(r["sku"], r["state"], r["creates"]) for r in table] == [
        ("A-1", "finished", "1"),
        ("B-2", "finished", "1"),
    ]
    assert all(Path(r["file"]).is_file() for r in table)
    assert creates(simulator) == 2


def test_running_it_again_creates_nothing_and_downloads_nothing(
    simulator: FakeHeyGen, tmp_path: Path
) -> None:
    prompts = write_csv(tmp_path / "prompts.csv", [{"prompt": "One"}, {"prompt": "Two"}])
    env = environment(simulator.url)
    assert run("batch", prompts, "--out", tmp_path / "v", env=env, cwd=tmp_path).returncode == 0
    made = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "v").glob("*.webm")}

    again = run("batch", prompts, "--out", tmp_path / "v", env=env, cwd=tmp_path)

    assert again.returncode == 0, again.stderr
    assert creates(simulator) == 2
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "v").glob("*.webm")} == made


def test_a_failed_row_exits_1_with_its_reason_and_the_others_go_on(
    simulator: FakeHeyGen, tmp_path: Path
) -> None:
    prompts = write_csv(
        tmp_path / "prompts.csv",
        [{"prompt": "A good one"}, {"prompt": "A broken render #fail-render"}, {"prompt": "Another"}],
    )
    answer = run("batch", prompts, "--out", tmp_path / "v", env=environment(simulator.url), cwd=tmp_path)

    assert answer.returncode == 1, answer.stderr
    assert "Finished: 2 of 3" in answer.stdout and "Failed: 1" in answer.stdout
    assert "  Row 2: " in answer.stdout
    assert len(list((tmp_path / "v").glob("*.webm"))) == 2


def test_no_prompt_column_exits_2_and_sends_nothing(simulator: FakeHeyGen, tmp_path: Path) -> None:
    prompts = write_csv(tmp_path / "prompts.csv", [{"text": "A clip"}])
    answer = run("batch", prompts, "--out", tmp_path / "v", env=environment(simulator.url), cwd=tmp_path)

    assert answer.returncode == 2
    assert "prompt" in answer.stderr and len(answer.stderr.strip().splitlines()) == 1
    assert creates(simulator) == 0


def test_bad_rows_are_named_and_the_others_run(simulator: FakeHeyGen, tmp_path: Path) -> None:
    prompts = write_csv(
        tmp_path / "prompts.csv",
        [{"prompt": "Fine", "orientation": ""}, {"prompt": "Sideways", "orientation": "diagonal"}],
    )
    answer = run("batch", prompts, "--out", tmp_path / "v", env=environment(simulator.url), cwd=tmp_path)

    assert answer.returncode == 2  # the input has to change before every row can finish
    assert "Row 2" in answer.stderr and "orientation" in answer.stderr
    assert "Finished: 1 of 1" in answer.stdout and "Left out: 1 row with a problem" in answer.stdout
    assert creates(simulator) == 1


class HeldClock(TimedClock):
    """A timed clock that stands still until `release`, then runs as the quick simulator's does."""

    def __init__(self) -> None:
        super().__init__(speed=200)
        self._held_at = super().now()
        self._released: float | None = None

    def now(self) -> float:
        if self._released is None:
            return self._held_at
        return self._held_at + (time.monotonic() - self._released)

    def release(self) -> None:
        self._released = time.monotonic()


def test_ctrl_c_exits_130_and_the_same_command_resumes(tmp_path: Path) -> None:
    clock = HeldClock()  # the sessions wait, mid-way, until the test lets them go on
    prompts = write_csv(tmp_path / "prompts.csv", [{"prompt": f"Video {n}"} for n in range(3)])
    with FakeHeyGen(clock=clock, render_seconds=20) as fake:
        env = environment(fake.url)
        proc = subprocess.Popen(
            command("batch", prompts, "--out", tmp_path / "v"), env=env, cwd=tmp_path,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            created = fake.wait_for_requests(lambda log: sum(r.operation == CREATE for r in log) >= 3, 30)
            assert created and creates(fake) == 3
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        assert proc.returncode == 130, err
        assert "run the same command again to resume" in err and "prompts.csv.ledger.sqlite" in err

        clock.release()
        again = run("batch", prompts, "--out", tmp_path / "v", env=env, cwd=tmp_path)

        assert again.returncode == 0, again.stderr
        assert creates(fake) == 3  # one session per row, across both runs
        assert len(list((tmp_path / "v").glob("*.webm"))) == 3


def test_killed_mid_way_with_sigkill_the_same_command_finishes_with_one_session_per_row(
    simulator: FakeHeyGen, tmp_path: Path
) -> None:
    """The issue's "done": kill -9 part way, run the same command, every row once, every video on disk."""
    prompts = write_csv(tmp_path / "prompts.csv", [{"prompt": f"Lesson {n}"} for n in range(6)])
    env = environment(simulator.url)
    out = tmp_path / "videos"
    proc = subprocess.Popen(
        command("batch", prompts, "--out", out, "--concurrency", "3"), env=env, cwd=tmp_path,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        reached = simulator.wait_for_requests(lambda log: sum(r.operation == CREATE for r in log) >= 2, 30)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    assert reached and proc.returncode == -signal.SIGKILL

    again = run("batch", prompts, "--out", out, "--concurrency", "3", env=env, cwd=tmp_path)

    assert again.returncode == 0, again.stderr
    assert creates(simulator) == 6  # one paid session per row, across the kill
    assert len(simulator.backend.sessions) == 6
    assert len([p for p in out.iterdir() if p.suffix in (".webm", ".mp4")]) == 6
