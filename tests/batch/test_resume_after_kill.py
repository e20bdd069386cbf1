"""A batch killed with SIGKILL at several moments and run again: one session per row, all finished.

The batch runs in a subprocess against a simulator that lives here, so the account (its
sessions, their renders) survives every kill, as HeyGen's does. The test kills the process
right after the simulator has processed its Nth create, before the answer reaches it, which
is the moment a create's outcome is uncertain.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from heygen_widgets.batch import Batch, Ledger, LedgerBusyError, Row, State
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Transport

ROOT = Path(__file__).resolve().parents[2]
PROMPTS = [f"Product {n}: a thirty second tour" for n in range(1, 9)]
KILL_AFTER = (1, 3, 6)  # creates processed by the simulator, counted from the start

CHILD = """
import json, sys
from heygen_widgets.batch import Batch, Row
from heygen_widgets.poller import Pace, Poller
from heygen_widgets.session import Connection, Transport

url, ledger, prompts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
rows = [Row(number, prompt) for number, prompt in enumerate(prompts, start=1)]
pace = Pace(quick=0.05, working=0.05, rendering_start=0.05, rendering_max=0.1, error_start=0.05,
            error_max=0.5)
with Connection(Transport(url, "k", timeout=5)) as connection, Poller(pace=pace, budget=200) as poller:
    batch = Batch(rows, connection=connection, poller=poller, ledger=ledger, concurrency=3,
                  listing_lag=0.5)
    batch.run(timeout=60)
    finished = batch.finished
    batch.close()
sys.exit(0 if finished else 1)
"""


def at_least(creates: int) -> Callable[[list[Any]], bool]:
    """The test on the simulator's request log: it has logged ``creates`` creates."""
    return lambda log: sum(1 for r in log if r.operation == "createVideoAgentV3") >= creates


@pytest.fixture
def account() -> Iterator[FakeHeyGen]:
    """A fast simulator in timed mode: a session drafts and renders in well under a second."""
    with FakeHeyGen(timed=True, speed=40.0, render_seconds=2.0) as fake:
        yield fake


def _run(fake: FakeHeyGen, ledger: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as err:
        return subprocess.Popen(
            [sys.executable, "-c", CHILD, fake.url, str(ledger), json.dumps(PROMPTS)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def test_a_batch_killed_at_several_moments_resumes_with_one_session_per_row(
    account: FakeHeyGen, tmp_path: Path
) -> None:
    ledger, log = tmp_path / "prompts.csv.ledger.sqlite", tmp_path / "child.log"
    uncertain = 0  # kills that left a row creating: its create processed, its answer never read
    for creates in KILL_AFTER:
        child = _run(account, ledger, log)
        try:
            reached = account.wait_for_requests(at_least(creates), timeout=30)
            if creates == KILL_AFTER[0] and reached:
                _check_the_ledger_is_held(account, ledger)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(10)
        assert reached, f"the batch never reached {creates} creates: {log.read_text()[-2000:]}"
        assert child.returncode == -signal.SIGKILL
        with Ledger(ledger) as seen:
            uncertain += any(e.state is State.CREATING for e in seen.entries())
    assert uncertain, "no kill landed between a create and its record: the test proves too little"
    child = _run(account, ledger, log)
    assert child.wait(60) == 0, log.read_text()[-2000:]
    with Ledger(ledger) as done:
        entries = done.entries()
    assert [e.state for e in entries] == [State.FINISHED] * len(PROMPTS)
    paid = [s.prompt for s in account.backend.sessions.values()]
    assert sorted(paid) == sorted(PROMPTS)  # exactly one session per row, none lost
    assert {e.session_id for e in entries} == set(account.backend.sessions)


def _check_the_ledger_is_held(fake: FakeHeyGen, ledger: Path) -> None:
    """While the child runs, a batch here on the same ledger is refused before it sends anything."""
    with Connection(Transport(fake.url, "k")) as connection:
        batch = Batch([Row(1, PROMPTS[0])], connection=connection, ledger=ledger)
        with pytest.raises(LedgerBusyError, match="in use by another process") as found:
            batch.start()
        batch.close()
    assert "\n" not in str(found.value)
