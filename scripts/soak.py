"""``make soak``: panels and a gallery against the simulator with random faults on every route.

Bounded (about 5 minutes by default; ``--seconds`` and the other options change it). It prints
what a user would lose or see twice (want zeros), how long a healthy session waited between two
polls against its interval, what is left after closing, peak memory, and the run's wall time
against the same run without faults. Nothing here is a test; ``tests/scripts/test_soak.py`` runs
a short version and asserts the zeros.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import comm
from comm import DummyComm

from scripts.soak_probes import panel_cycles, retry_after_gap
from scripts.soak_run import Figures, Options, run

ROOT = Path(__file__).resolve().parent.parent
ZEROS = (
    "applied_twice",
    "feedback_lost",
    "without_outcome",
    "extra_threads",
    "extra_connections",
    "extra_widgets",
)


def report(chaos: Figures, calm: Figures | None, extra: dict[str, dict[str, float]]) -> str:
    """The figures as Markdown lines."""
    gap, cycles = extra["retry_after_gap"], extra["panel_cycles"]
    lines = [
        f"- reads of sessions answered: {chaos.polls}; faults injected: {chaos.faults_injected}",
        f"- longest gap between two polls of a healthy working session: {chaos.longest_healthy_gap:.2f} s "
        f"(its interval: {chaos.healthy_interval:.2f} s)",
        f"- mutations applied twice: {chaos.applied_twice} (want 0)",
        f"- feedback lost: {chaos.feedback_lost} (want 0)",
        f"- sessions with neither a final state nor a stuck notice: {chaos.without_outcome} (want 0)",
        f"- errors that occurred in actions: {chaos.errors_occurred}; "
        f"error lines shown: {chaos.errors_shown}",
        f"- after close: {chaos.extra_threads} extra threads, {chaos.extra_connections} extra sockets, "
        f"{chaos.extra_widgets} extra widgets (want 0 each)",
        f"- peak RSS: {chaos.peak_rss_mb:.0f} MB",
        f"- wall time with faults: {chaos.wall_seconds:.1f} s"
        + (f"; without faults: {calm.wall_seconds:.1f} s" if calm else ""),
    ]
    lines += [f"  - left without an outcome: {note}" for note in chaos.notes]
    lines += [
        f"- one session answering 429 Retry-After: 30 to every read ({gap['sick_reads']:.0f} reads in the "
        f"window): the other's longest gap between polls {gap['longest_gap']:.2f} s "
        f"(its interval {gap['interval']:.2f} s)",
        f"- {cycles['cycles']:.0f} panels opened and closed in {cycles['seconds']:.1f} s: RSS "
        f"{cycles['rss_before_mb']:.0f} -> {cycles['rss_after_mb']:.0f} MB, "
        f"{cycles['widgets_left_open']:.0f} widgets left open",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the soak with faults, then without, and print both."""
    parser = argparse.ArgumentParser(description=__doc__)
    defaults = Options()
    parser.add_argument("--seconds", type=float, default=defaults.seconds, help="longest a run may take")
    parser.add_argument("--panels", type=int, default=defaults.panels)
    parser.add_argument("--prompts", type=int, default=defaults.prompts, help="gallery prompts")
    parser.add_argument("--speed", type=float, default=defaults.speed, help="simulator speed factor")
    parser.add_argument("--fault-every", type=float, default=defaults.fault_every, help="seconds")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--no-baseline", action="store_true", help="skip the run without faults")
    parser.add_argument("--cycles", type=int, default=1000, help="panels to open and close")
    parser.add_argument("--gap-window", type=float, default=15.0, help="seconds of the Retry-After run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args(argv)
    comm.create_comm = DummyComm  # panels run headless here: no kernel, no browser
    options = Options(args.seconds, args.panels, args.prompts, args.speed, True, args.fault_every, args.seed)
    print(f"soak with faults ({options.panels} panels, {options.prompts} gallery prompts)...", flush=True)
    chaos = run(options)
    calm = None
    if not args.no_baseline:
        print("the same run without faults...", flush=True)
        calm = run(Options(**{**asdict(options), "chaos": False}))
    print("one session rate-limited, one healthy...", flush=True)
    extra = {"retry_after_gap": retry_after_gap(args.gap_window), "panel_cycles": panel_cycles(args.cycles)}
    text = report(chaos, calm, extra)
    args.out.mkdir(exist_ok=True)
    (args.out / "soak.json").write_text(
        json.dumps({"chaos": asdict(chaos), "calm": asdict(calm) if calm else None, **extra}, indent=1),
        encoding="utf-8",
    )
    (args.out / "soak.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    clean = (
        all(getattr(chaos, name) == 0 for name in ZEROS) and extra["panel_cycles"]["widgets_left_open"] == 0
    )
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
