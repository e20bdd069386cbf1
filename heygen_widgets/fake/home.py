"""The per-user simulator's folder: its store, its state file, its locks and its log.

One simulator process serves one folder (``$HEYGEN_SIMULATOR_HOME``, else
``$XDG_CACHE_HOME/heygen-widgets``, else ``~/.cache/heygen-widgets``):

- ``simulator.sqlite3``: every session, video and asset (see ``store``);
- ``simulator.json``: where the running server listens (url, pid, a random instance token),
  written once it listens and removed when it stops;
- ``serve.lock``: held (``flock``) by the serving process for its whole life, so there is never
  a second server on the same store; a free lock means any state file left is stale;
- ``start.lock``: held by whoever is starting a server, so two kernels starting at once end
  with one process;
- ``simulator.log``: the server's output, bounded in size.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

ENV_HOME = "HEYGEN_SIMULATOR_HOME"
LOG_LIMIT = 1_000_000  # bytes of log kept; past this the log starts again (the old one is kept as .1)


def default_home() -> Path:
    """The per-user simulator's folder (created on first use)."""
    override = os.environ.get(ENV_HOME, "").strip()
    if override:
        return Path(override).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(cache) if cache else Path.home() / ".cache") / "heygen-widgets"


@dataclass(frozen=True)
class State:
    """What ``simulator.json`` says about the running server."""

    url: str
    pid: int
    token: str
    speed: float
    profile: str
    started_at: float


class Home:
    """One simulator folder."""

    def __init__(self, path: Path | None = None) -> None:
        """``path`` defaults to `default_home()`."""
        self.path = path or default_home()
        self.store = self.path / "simulator.sqlite3"
        self.state_file = self.path / "simulator.json"
        self.log = self.path / "simulator.log"
        self._serve_lock = self.path / "serve.lock"
        self._start_lock = self.path / "start.lock"

    def __repr__(self) -> str:
        """The folder."""
        return f"Home({str(self.path)!r})"

    def prepare(self) -> None:
        """Create the folder, readable by its owner only (it holds what the user made)."""
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)

    def read_state(self) -> State | None:
        """The state file's contents, or None when it is missing or unreadable."""
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
            return State(**data)
        except (OSError, ValueError, TypeError):
            return None

    def write_state(self, state: State) -> None:
        """Replace the state file atomically (readers never see half of it)."""
        scratch = self.state_file.with_suffix(f".{os.getpid()}.tmp")
        scratch.write_text(json.dumps(asdict(state)), encoding="utf-8")
        scratch.replace(self.state_file)

    def remove_state(self, token: str) -> None:
        """Remove the state file if it is still this server's."""
        state = self.read_state()
        if state is not None and state.token == token:
            with contextlib.suppress(OSError):
                self.state_file.unlink()

    @contextlib.contextmanager
    def serving(self) -> Iterator[bool]:
        """Hold the serve lock while the block runs; yields False (and holds nothing) if another has it."""
        with _locked(self._serve_lock, wait=None) as held:
            yield held

    def served(self) -> bool:
        """True while some process holds the serve lock (a server runs on this folder)."""
        with _locked(self._serve_lock, wait=None) as held:
            return not held

    @contextlib.contextmanager
    def starting(self, timeout: float = 30.0) -> Iterator[bool]:
        """Hold the start lock (waiting up to ``timeout`` s for it); yields whether it was taken."""
        with _locked(self._start_lock, wait=timeout) as held:
            yield held

    def open_log(self) -> IO[bytes]:
        """The log, for appending; one past `LOG_LIMIT` is moved to ``simulator.log.1`` first."""
        with contextlib.suppress(OSError):
            if self.log.stat().st_size > LOG_LIMIT:
                self.log.replace(self.log.with_suffix(".log.1"))
        return self.log.open("ab")


def process_gone(pid: int) -> bool:
    """True once ``pid`` has exited (a zombie its parent has not yet reaped counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        try:
            os.kill(pid, 0)  # no /proc (not Linux): ask the kernel
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


@contextlib.contextmanager
def _locked(path: Path, wait: float | None) -> Iterator[bool]:
    """``flock`` on ``path``: at once (``wait=None``) or within ``wait`` seconds; yields whether held."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with path.open("a+b") as handle:
        deadline = time.monotonic() + (wait or 0.0)
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if wait is None or time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.05)  # flock has no timeout of its own; a start takes well under 30 s
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
