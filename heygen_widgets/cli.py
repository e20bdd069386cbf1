"""``heygen-widgets``: run a batch of prompts from a CSV file, or start the local simulator.

    heygen-widgets batch prompts.csv --out videos/     # resumable: run it again after a crash
    heygen-widgets fake                                # the local HeyGen simulator

Exit codes of ``batch``: 0 when every row finished and its video is on disk; 1 when a row
failed, was cancelled, is still queued or its video could not be downloaded; 2 for bad usage or
input (bad rows are left out and the others run); 130 on Ctrl-C (the ledger keeps every row).
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from tqdm.auto import tqdm

from heygen_widgets.batch import Batch, Entry, LedgerBusyError, State
from heygen_widgets.batch.batch import HEYGEN_JOB_LIMIT
from heygen_widgets.batch.cost import describe, estimate
from heygen_widgets.batch.download import DownloadError, download
from heygen_widgets.batch.ledger import OUTCOMES, default_path
from heygen_widgets.batch.results import kept_columns, result_columns, result_rows, to_csv
from heygen_widgets.errors import HeyGenError
from heygen_widgets.session import Connection, connect

OK, INCOMPLETE, BAD_INPUT, INTERRUPTED = 0, 1, 2, 130
NO_KEY = (
    "No HeyGen API key: set HEYGEN_API_KEY, or pass --offline to use the local simulator "
    "(nothing is sent to HeyGen then)."
)
RESULTS = "results.csv"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heygen-widgets", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", metavar="{batch,fake}")
    batch = commands.add_parser("batch", help="run every row of a CSV file as a video, resumably")
    add = batch.add_argument
    add("prompts", type=Path, metavar="PROMPTS.csv", help="one row per video; a 'prompt' column")
    add("--out", type=Path, required=True, metavar="DIR", help="folder for the videos and results.csv")
    add("--concurrency", type=_positive, default=HEYGEN_JOB_LIMIT, metavar="N", help="at once (default 10)")
    add("--mode", choices=("generate", "chat"), default="generate", help="for rows that do not say")
    add("--family", choices=("chat", "sessions"), default="chat", help="the API family")
    add("--ledger", type=Path, metavar="FILE", help="default: PROMPTS.csv.ledger.sqlite beside the CSV")
    add("--keep", action="append", default=[], metavar="COLUMN", help="a column carried into results.csv")
    add("--offline", action="store_true", help="use the local simulator instead of HeyGen")
    commands.add_parser(
        "fake",
        add_help=False,
        help="the local HeyGen simulator (options: heygen-widgets fake --help)",
    )
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("use 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["fake"]:
        return fake(args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)  # bad usage exits with 2, as argparse does
    if args.command != "batch":
        parser.print_help(sys.stderr)
        return BAD_INPUT
    return batch_command(args)


def fake(argv: Sequence[str]) -> int:
    """``heygen-widgets fake``: the per-user simulator (the one ``--offline`` uses), as ``make fake``.

    Takes the options of ``python -m heygen_widgets.fake``; with ``--home`` or ``--step`` it runs
    the simulator those ask for instead.
    """
    from heygen_widgets.fake.__main__ import main as fake_main  # noqa: PLC0415 - loads on demand

    own = any(a.split("=")[0] in ("--home", "--step", "--polls-per-step", "--user") for a in argv)
    return fake_main(list(argv) if own else ["--user", *argv])


def _say(line: str) -> None:
    print(line, flush=True)  # noqa: T201 - the command's output


def _complain(line: str) -> None:
    print(line, file=sys.stderr, flush=True)  # noqa: T201 - the command's errors


def batch_command(args: argparse.Namespace) -> int:
    """``heygen-widgets batch``: connect, run, summarise, download; return the exit code."""
    source: Path = args.prompts
    ledger: Path = args.ledger or default_path(source)
    if not source.is_file():
        _complain(f"{source}: no such file; give a CSV file with a 'prompt' column, one row per video.")
        return BAD_INPUT
    try:
        return _connected(args, ledger)
    except KeyboardInterrupt:
        _complain(
            f"Interrupted. The ledger {ledger} keeps every row (sessions already started go on at "
            "HeyGen): run the same command again to resume."
        )
        return INTERRUPTED


def _connected(args: argparse.Namespace, ledger: Path) -> int:
    try:
        connection = connect(offline=args.offline)
    except HeyGenError as error:
        _complain(NO_KEY if error.code == "missing_api_key" else error.message)
        return BAD_INPUT
    with connection:
        try:
            batch = Batch(
                args.prompts,
                connection=connection,
                ledger=ledger,
                concurrency=args.concurrency,
                mode=args.mode,
                family=args.family,
                keep=tuple(args.keep),
            )
        except (HeyGenError, ValueError, OSError) as error:
            _complain(f"{args.prompts}: {_line(error)}")
            return BAD_INPUT
        try:
            return _run(batch, connection, args.out)
        finally:
            batch.close()  # sessions go on at HeyGen; the ledger has them for the next run


def _line(error: BaseException) -> str:
    return error.message if isinstance(error, HeyGenError) else str(error).splitlines()[0]


def _run(batch: Batch, connection: Connection, out: Path) -> int:
    problems = list(batch.problems)
    for problem in problems:
        _complain(str(problem))
    if not batch.entries():
        _complain("No row to run: every row has a problem (see above); fix the file and run again.")
        return BAD_INPUT
    _say(cost_line(batch.entries(), connection))
    progress = sys.stderr.isatty()
    try:
        _execute(batch, progress)
    except LedgerBusyError as error:
        _complain(f"{error} Wait for that run to end (or stop it), then run this command again.")
        return BAD_INPUT
    entries = batch.entries()
    summarise(entries, batch.stopped)
    downloaded = _download(entries, connection, out, progress)
    table = result_rows(batch.rows, entries, folder=out)
    results = to_csv(table, out / RESULTS, result_columns(kept_columns(batch.rows)))
    _say(f"Results: {results}")
    if problems:
        rows = "1 row" if len(problems) == 1 else f"{len(problems)} rows"
        _say(f"Left out: {rows} with a problem (named on stderr); fix them and run again.")
        return BAD_INPUT  # the file has to change before every row can finish
    complete = downloaded and all(entry.state is State.FINISHED for entry in entries)
    return OK if complete else INCOMPLETE


def cost_line(entries: Sequence[Entry], connection: Connection) -> str:
    """The estimate for the rows still to make, and what the account has left (one line)."""
    to_make = [entry for entry in entries if entry.state in (State.QUEUED, State.CREATING)]
    try:
        credits = connection.credits()
    except HeyGenError as error:  # the batch can still run; HeyGen refuses a create it cannot pay
        return f"{len(to_make)} videos to make; the account's credits could not be read: {error.message}"
    return describe(credits, estimate(to_make))


def _execute(batch: Batch, progress: bool) -> None:
    """`Batch.run` with one bar over the rows, moved by the batch's change events."""
    entries = batch.entries()
    done = {entry.key for entry in entries if entry.state in OUTCOMES}
    lock = threading.Lock()
    with tqdm(total=len(entries), initial=len(done), unit="row", desc="Videos", disable=not progress) as bar:

        def changed(entry: Entry) -> None:
            with lock:  # the batch calls this on its poller and timer threads
                if entry.state in OUTCOMES and entry.key not in done:
                    done.add(entry.key)
                    bar.update(1)
                elif entry.state not in OUTCOMES and entry.key in done:
                    done.discard(entry.key)  # a retried row runs again
                    bar.update(-1)

        unsubscribe = batch.subscribe(changed)
        try:
            batch.run()
        finally:
            unsubscribe()


def summarise(entries: Sequence[Entry], stopped: str | None = None) -> None:
    """One line per outcome (finished, failed with each reason, cancelled), then rows left waiting."""
    counts = {state: [e for e in entries if e.state is state] for state in State}
    _say(f"Finished: {len(counts[State.FINISHED])} of {len(entries)}")
    _say(f"Failed: {len(counts[State.FAILED])}")
    for entry in counts[State.FAILED]:
        _say(f"  Row {entry.number}: {entry.error or 'HeyGen gave no reason'}")
    _say(f"Cancelled: {len(counts[State.CANCELLED])}")
    waiting = counts[State.QUEUED] + counts[State.CREATING] + counts[State.RUNNING]
    if waiting:
        reasons = sorted(
            {entry.error for entry in waiting if entry.error} | ({stopped} if stopped else set())
        )
        _say(f"Not done: {len(waiting)}" + (f" ({'; '.join(reasons)})" if reasons else ""))


def _download(entries: Sequence[Entry], connection: Connection, out: Path, progress: bool) -> bool:
    """Every finished video into ``out``; False (after saying why) when some are not on disk."""
    try:
        paths = download(entries, out, connection=connection, progress=progress)
    except DownloadError as error:
        _say(f"Downloaded: {len(error.paths)} into {out}")
        for number, why in error.failures.items():
            _complain(f"Row {number}: not downloaded: {why}; run the same command again to resume.")
        return False
    _say(f"Downloaded: {len(paths)} into {out}")
    return True


if __name__ == "__main__":
    sys.exit(main())
