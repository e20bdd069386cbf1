"""The batch benchmark at a tiny size: 20 rows fast-forwarded, one batch killed and resumed.

It runs what ``make bench`` runs (the large batch in a process of its own, the kill through the
``heygen-widgets batch`` command against a simulator in this process), only smaller, and checks
that the figures come out and meet their targets.
"""

from __future__ import annotations

from scripts import bench_batch


def test_the_batch_benchmark_runs_and_its_figures_meet_their_targets() -> None:
    found = bench_batch.measure(rows=20, kill_runs=1, kill_rows=4, max_delay=0.0)
    large, kills = found["large"], found["kills"]
    assert (large["finished"], large["sessions"]) == (20, 20)
    assert large["slot_use_pct"] >= bench_batch.SLOT_USE_TARGET
    assert 0 < large["heygen_working_pct"] <= large["slot_occupancy_pct"] <= 100
    assert large["ledger_ms_per_row"] > 0 and large["ledger_writes_per_row"] >= 3  # intent, id, outcome
    assert large["rss_mb_peak"] >= large["rss_mb_before"] > 0
    (run,) = kills["runs"]
    assert run["killed"] and run["resumed_exit"] == 0
    assert run["sessions_per_row"] == [1, 1, 1, 1]
    assert (kills["lost"], kills["videos_downloaded"]) == (0, 4)
    table = bench_batch.rows(found)
    assert [row[4] for row in table if row[4]] == ["PASS"] * 4
