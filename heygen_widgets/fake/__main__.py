"""``python -m heygen_widgets.fake --port 8765``: the simulator as a standalone server."""

from __future__ import annotations

import argparse
import contextlib

from heygen_widgets.fake.server import FakeHeyGen


def main(argv: list[str] | None = None) -> None:
    """Parse options and serve until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m heygen_widgets.fake", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    parser.add_argument(
        "--step",
        action="store_true",
        help="step mode: the agent moves only on POST /_fake/step or after --polls-per-step polls",
    )
    parser.add_argument(
        "--polls-per-step", type=int, default=0, help="step mode: advance after this many polls"
    )
    parser.add_argument("--speed", type=float, default=1.0, help="timed mode: run this many times faster")
    parser.add_argument(
        "--rate-limit", type=float, default=None, help="requests per second per key (429 above)"
    )
    parser.add_argument(
        "--jobs", type=int, default=10, help="concurrent jobs before 429 (default 10; 0: no limit)"
    )
    args = parser.parse_args(argv)
    fake = FakeHeyGen(
        timed=not args.step,
        speed=args.speed,
        polls_per_step=args.polls_per_step,
        requests_per_second=args.rate_limit,
        concurrent_jobs=args.jobs or None,
        host=args.host,
        port=args.port,
    )
    mode = "step mode" if args.step else f"timed mode, speed {args.speed:g}"

    def announce(url: str) -> None:
        print(
            f"HeyGen simulator on {url} ({mode}); any non-empty x-api-key works. Ctrl-C stops it.", flush=True
        )

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how it is meant to stop
        fake.serve_forever(ready=announce)


if __name__ == "__main__":
    main()
