"""``python -m heygen_widgets.fake``: the simulator as a standalone server.

Without ``--home``/``--user`` it keeps its state in memory. With them it is the per-user
simulator: its state lives in the folder's SQLite file, and a second one on the same folder
says where the first is and exits. ``--stop`` stops that folder's simulator.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from heygen_widgets.fake.home import Home, default_home
from heygen_widgets.fake.profile import PROFILES, profile_named
from heygen_widgets.fake.server import FakeHeyGen
from heygen_widgets.fake.standalone import serve_home, stop_home


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m heygen_widgets.fake", description=__doc__)
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    add("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    add("--step", action="store_true", help="step mode: the agent moves on POST /_fake/step or polls")
    add("--polls-per-step", type=int, default=0, help="step mode: advance after this many polls")
    add("--speed", type=float, default=1.0, help="timed mode: run this many times faster")
    add("--rate-limit", type=float, default=None, help="requests per second per key (429 above)")
    add("--jobs", type=int, default=10, help="concurrent jobs before 429 (default 10; 0: no limit)")
    add("--profile", choices=sorted(PROFILES), default="default", help="default, or realistic (like HeyGen)")
    add("--seed", type=int, default=None, help="seed of the profile's random behaviour")
    add(
        "--set",
        action="append",
        default=[],
        metavar="KNOB=VALUE",
        help="change one profile knob, such as --set errors=0 (see heygen_widgets.fake.profile)",
    )
    add("--home", type=Path, default=None, help="per-user simulator: keep the state in this folder")
    add("--user", action="store_true", help="per-user simulator in the default folder")
    add("--idle-exit", type=float, default=None, help="per-user simulator: stop after this many quiet s")
    add("--stop", action="store_true", help="stop the per-user simulator of --home (or the default)")
    return parser


def _knobs(pairs: list[str]) -> dict[str, float]:
    knobs: dict[str, float] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        try:
            knobs[name.strip()] = float(value)
        except ValueError:
            raise SystemExit(f"--set {pair!r}: write it as KNOB=NUMBER, for example --set errors=0") from None
    return knobs


def main(argv: list[str] | None = None) -> int:
    """Parse options and serve until Ctrl-C or SIGTERM; return the exit code."""
    args = _parser().parse_args(argv)
    home = Home(args.home) if args.home else (Home(default_home()) if args.user or args.stop else None)
    if args.stop:
        assert home is not None
        pid = stop_home(home)
        print(f"Stopped the simulator (pid {pid})." if pid else f"No simulator runs for {home.path}.")
        return 0
    try:
        profile = profile_named(args.profile, args.seed, **_knobs(args.set))
    except ValueError as exc:
        raise SystemExit(str(exc)) from None

    def say(line: str) -> None:
        print(line, flush=True)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how it is meant to stop
        if home is not None:
            serve_home(
                home, port=args.port, speed=args.speed, profile=profile, idle_exit=args.idle_exit, say=say
            )
            return 0
        fake = FakeHeyGen(
            timed=not args.step,
            speed=args.speed,
            polls_per_step=args.polls_per_step,
            requests_per_second=args.rate_limit,
            concurrent_jobs=args.jobs or None,
            host=args.host,
            port=args.port,
            profile=profile,
        )
        mode = "step mode" if args.step else f"timed mode, speed {args.speed:g}"
        mode += f", {profile.name} profile" if profile.name != "default" else ""
        fake.serve_forever(
            ready=lambda url: say(
                f"HeyGen simulator on {url} ({mode}); any non-empty x-api-key works. Ctrl-C stops it."
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
