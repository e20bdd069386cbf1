"""The short soak: panels and a gallery under random faults lose nothing and leave nothing behind.

It runs the simulator in timed mode for real (that is what a soak is), bounded to under a minute;
it waits on events with timeouts, never on a sleep.
"""

from __future__ import annotations

import comm
import pytest
from comm import DummyComm

from scripts.soak_run import Options, run


def test_a_short_soak_under_faults_loses_nothing_and_leaves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(comm, "create_comm", DummyComm)
    # seconds bounds the run (it ends once every panel and prompt has an outcome, about 35 s here):
    # a busy CI machine must not turn a slow run into a lost outcome.
    figures = run(Options(seconds=120, panels=4, prompts=6, speed=40, seed=11, knobs={"retry_after": (1, 5)}))
    assert figures.faults_injected > 0
    assert figures.applied_twice == 0
    assert figures.feedback_lost == 0
    assert figures.without_outcome == 0, figures.notes
    assert (figures.extra_threads, figures.extra_connections, figures.extra_widgets) == (0, 0, 0)
