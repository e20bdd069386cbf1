"""``make bench``: how fast the panel reacts, what it costs, and how it scales, against the naive loop.

Writes ``bench-results/results.json`` and ``bench-results/results.md`` and prints the table.
Targets are reported as PASS or FAIL; nothing here is a test and CI does not gate on it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import comm
from comm import DummyComm

from scripts import bench_batch as batch
from scripts import bench_lifecycle as lifecycle
from scripts import bench_progress as progress
from scripts import bench_scale as cost

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, str, str, str, str]  # figure, ours, baseline, target, verdict


def spread(values: Sequence[float], digits: int = 2) -> str:
    """``median (min-max)``."""
    if not values:
        return "n/a"
    med, low, high = statistics.median(values), min(values), max(values)
    return f"{med:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def lifecycle_runs(runs: int, speed: float, delay: float) -> dict[str, Any]:
    """Full lifecycles with the panel and with the naive loop, ``runs`` times each."""
    found: dict[str, Any] = {}
    for name, run in (("ours", lifecycle.run_ours), ("naive", lifecycle.run_naive)):
        p50s, p95s, completions, counts = [], [], [], []
        for _ in range(runs):
            timeline, requests = run(speed, delay)
            interactive = timeline.latencies(lifecycle.INTERACTIVE)
            p50s.append(statistics.median(interactive))
            p95s.append(p95(interactive))
            completions.append(timeline.latencies(("completed",))[-1])
            counts.append(float(requests))
        found[name] = {"p50": p50s, "p95": p95s, "completed": completions, "requests": counts}
    return found


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def table(results: dict[str, Any]) -> list[Row]:
    """The report's rows."""
    life, ours, naive = results["lifecycle"], results["lifecycle"]["ours"], results["lifecycle"]["naive"]
    render, traffic, scale = results["render"], results["traffic"], results["scale"]
    big = scale[-1]
    rows: list[Row] = [
        ("reaction p50, interactive (s)", spread(ours["p50"]), spread(naive["p50"]), "", ""),
        (
            "reaction p95, interactive (s)",
            spread(ours["p95"]),
            spread(naive["p95"]),
            "<= 1.5",
            verdict(statistics.median(ours["p95"]) <= 1.5),
        ),
        ("reaction to a finished render (s)", spread(ours["completed"]), spread(naive["completed"]), "", ""),
        (
            "requests per lifecycle",
            spread(ours["requests"], 0),
            spread(naive["requests"], 0),
            "<= baseline",
            verdict(statistics.median(ours["requests"]) <= statistics.median(naive["requests"])),
        ),
        (
            f"requests per minute of a {cost.RENDER_MINUTES}-min render",
            f"{render['ours']:.2f}",
            f"{render['naive']:.2f}",
            "",
            "",
        ),
        *progress.rows(results["progress"]),
        (
            "comm messages per unchanged poll",
            str(traffic["unchanged_messages"]),
            "",
            "0",
            verdict(traffic["unchanged_messages"] == 0),
        ),
        (
            "bytes to append 1 message to 40",
            str(traffic["append_bytes"]),
            "",
            "< 4096",
            verdict(traffic["append_bytes"] < 4096),
        ),
    ]
    for entry in scale:
        rows.append(
            (
                f"{entry['sessions']} sessions: threads / connections / CPU % / RSS MB",
                f"{entry['poller_threads']} / {entry['connections']} / {entry['cpu_percent']:.1f} / "
                f"{entry['rss_mb']:.0f}",
                "",
                "",
                "",
            )
        )
    rows += [
        (
            "100 sessions: one scheduler and <= 4 worker threads, <= 10 connections, CPU < 5%",
            "",
            "",
            "",
            verdict(big["poller_threads"] <= 5 and big["connections"] <= 10 and big["cpu_percent"] < 5),
        ),
        (
            "import heygen_widgets (s)",
            spread(results["import"]),
            "",
            "< 0.5",
            verdict(statistics.median(results["import"]) < 0.5),
        ),
        ("regenerate the client (s)", spread(results["regen"]), "", "", ""),
        (
            f"ratio of p95 reaction to baseline (speed {life['speed']:g}, delay {life['delay']:g} s)",
            f"{statistics.median(ours['p95']) / statistics.median(naive['p95']):.2f}",
            "1.00",
            "",
            "",
        ),
        *batch.rows(results["batch"]),
    ]
    return rows


def markdown(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| figure | ours (median (min-max)) | naive loop | target | |", "|---|---|---|---|---|"]
    return "\n".join(lines + [f"| {' | '.join(row)} |" for row in rows]) + "\n"


def measure(args: argparse.Namespace, say: Callable[[str], None]) -> dict[str, Any]:
    """Run every benchmark."""
    say("lifecycles (ours, then the naive loop)...")
    results: dict[str, Any] = {"lifecycle": lifecycle_runs(args.runs, args.speed, args.delay)}
    results["lifecycle"].update(speed=args.speed, delay=args.delay)
    say("a 30-minute render, simulated...")
    results["render"] = cost.requests_per_render_minute()
    say("live render progress on the same 30-minute render...")
    results["progress"] = progress.render_progress()
    say("widget traffic...")
    results["traffic"] = cost.widget_traffic()
    say("scale: 1, 10, 50, 100 sessions...")
    results["scale"] = [cost.scale(n, args.window) for n in (1, 10, 50, 100)]
    say("import and regeneration times...")
    results["import"] = [cost.import_seconds() for _ in range(5)]
    results["regen"] = [cost.regeneration_seconds() for _ in range(2)]
    say(f"batches: {args.batch_rows:,} rows fast-forwarded, then {args.kill_runs} killed and resumed...")
    results["batch"] = batch.measure(args.batch_rows, args.kill_runs)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run, print and save the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="lifecycles per side (default 3)")
    parser.add_argument("--speed", type=float, default=1.0, help="simulator speed factor (default 1)")
    parser.add_argument("--delay", type=float, default=0.0, help="added network delay per request, seconds")
    parser.add_argument("--window", type=float, default=10.0, help="seconds to measure each scale point")
    parser.add_argument("--batch-rows", type=int, default=batch.ROWS, help="rows of the large batch")
    parser.add_argument("--kill-runs", type=int, default=5, help="batches killed and resumed (default 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args(argv)
    comm.create_comm = DummyComm  # panels run headless here: no kernel, no browser
    results = measure(args, lambda text: print(text, flush=True))
    rows = table(results)
    args.out.mkdir(exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    (args.out / "results.md").write_text(markdown(rows), encoding="utf-8")
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
