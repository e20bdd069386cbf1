"""Without an API key: when the local simulator may stand in for HeyGen, and finding or starting it.

The rule: in a notebook kernel (IPython running inside ipykernel: JupyterLab, Notebook, VS Code,
Colab, Voila) the simulator is the default. Anywhere else (a script, a pipeline, a test runner) a
missing key is an error unless ``offline=True`` or ``HEYGEN_OFFLINE=1`` asks for the simulator,
so a script that lost its key never makes fake videos and reports success.

The simulator is one process per user, shared by every kernel of that user and outliving them:
its sessions are kept on disk, so a kernel restart, a second notebook, ``make lab`` and
``make fake`` all see the same ones. Its folder (``HEYGEN_SIMULATOR_HOME``, else the user's cache
folder) holds a state file saying where it listens; a lock makes sure there is one process, and
it stops by itself after ``HEYGEN_SIMULATOR_IDLE_EXIT`` seconds without a request (6 hours).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from heygen_widgets.errors import AuthenticationError

if TYPE_CHECKING:
    from heygen_widgets.fake.home import Home

logger = logging.getLogger("heygen_widgets.session")

OFFLINE_ENV = "HEYGEN_OFFLINE"
IDLE_EXIT_ENV = "HEYGEN_SIMULATOR_IDLE_EXIT"
DEFAULT_IDLE_EXIT = 6 * 3600.0
START_TIMEOUT = 30.0
RULE = (
    "the simulator is the default in a notebook kernel; elsewhere it needs offline=True or HEYGEN_OFFLINE=1"
)
NO_KEY = (
    "No HeyGen API key: set HEYGEN_API_KEY (or pass api_key=), or pass offline=True or set "
    "HEYGEN_OFFLINE=1 to use the local simulator (the default only in a notebook kernel)."
)

# Processes this interpreter started, polled (so reaped) on each later look-up and by `stop`.
_started: list[subprocess.Popen[bytes]] = []


@dataclass(frozen=True)
class LocalSimulator:
    """The per-user simulator process a connection talks to."""

    url: str
    pid: int
    home: Path

    def stop(self) -> None:
        """Nothing: the simulator outlives connections and kernels (`stop_local_simulator` ends it)."""


def in_notebook_kernel() -> bool:
    """True when running in an IPython kernel, where the simulator is the default without a key."""
    ipython = sys.modules.get("IPython")
    get_ipython = getattr(ipython, "get_ipython", None)
    shell = get_ipython() if callable(get_ipython) else None
    return shell is not None and "ipykernel" in sys.modules and getattr(shell, "kernel", None) is not None


def offline_reason(offline: bool) -> str:
    """Why the simulator may be used here, for the line `connect()` prints; one-line error otherwise."""
    if offline:
        return "offline=True"
    if os.environ.get(OFFLINE_ENV, "").strip().lower() in ("1", "true", "yes"):
        return f"{OFFLINE_ENV}=1"
    if in_notebook_kernel():
        return f"no HEYGEN_API_KEY set; {RULE}"
    raise AuthenticationError(NO_KEY, code="missing_api_key")


def local_simulator(speed: float | None = None, home: Path | None = None) -> LocalSimulator:
    """The running per-user simulator, started first if none answers (two callers at once: one process)."""
    folder = _home(home)
    folder.prepare()
    _reap()
    found = _running(folder)
    if found is not None:
        return found
    with folder.starting(START_TIMEOUT) as held:
        if not held:
            raise TimeoutError(
                f"another process has been starting the simulator in {folder.path} for too long"
            )
        return _running(folder) or _start(folder, speed)


def stop_local_simulator(home: Path | None = None) -> int | None:
    """Stop the per-user simulator (its sessions stay on disk); return its pid, or None if none ran."""
    from heygen_widgets.fake.standalone import stop_home  # noqa: PLC0415 - the simulator loads on demand

    pid = stop_home(_home(home))
    _reap()
    return pid


def _home(path: Path | None) -> Home:
    from heygen_widgets.fake.home import Home  # noqa: PLC0415 - the simulator loads on demand

    return Home(path)


def _reap() -> None:
    _started[:] = [proc for proc in _started if proc.poll() is None]


def _running(home: Home) -> LocalSimulator | None:
    """The simulator the state file names, if it holds the lock and answers with its token."""
    state = home.read_state()
    if state is None or not home.served():
        return None  # no state, or a stale one: nobody holds the lock
    try:
        answer = httpx.get(f"{state.url}/_fake/health", timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return None
    if not isinstance(answer, dict) or answer.get("instance") != state.token:
        return None  # something else answers on that port
    if answer.get("build") != _build_id():
        # It runs other simulator code (started before an upgrade or an edit): replace it. Its
        # sessions stay in the store, and the new one serves them.
        logger.info("the local simulator runs other code than this toolkit's; starting a current one")
        stop_local_simulator(home.path)
        return None
    return LocalSimulator(state.url, state.pid, home.path)


def _build_id() -> str:
    from heygen_widgets.fake.build import build_id  # noqa: PLC0415 - the simulator loads on demand

    return build_id()


def _start(home: Home, speed: float | None) -> LocalSimulator:
    """Start the simulator detached from this process's terminal and output; wait until it answers."""
    speed = speed if speed is not None else float(os.environ.get("HEYGEN_SIMULATOR_SPEED", "") or 1)
    idle = os.environ.get(IDLE_EXIT_ENV, "").strip() or str(DEFAULT_IDLE_EXIT)
    command = [sys.executable, "-m", "heygen_widgets.fake", "--home", str(home.path), "--port", "0"]
    command += ["--speed", f"{speed:g}", "--idle-exit", idle]
    profile = os.environ.get("HEYGEN_SIMULATOR_PROFILE", "").strip()
    command += ["--profile", profile] if profile else []
    env = {k: v for k, v in os.environ.items() if k != "HEYGEN_API_KEY"}
    with home.open_log() as log:
        # Not our stdin/stdout/stderr: a test runner that captures output must never wait on it.
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=home.path, env=env,
            start_new_session=True, close_fds=True,
        )  # fmt: skip
    _started.append(proc)
    return _wait_until_up(home, proc)


def _wait_until_up(home: Home, proc: subprocess.Popen[bytes]) -> LocalSimulator:
    pause = threading.Event()
    for _ in range(int(START_TIMEOUT / 0.05)):
        found = _running(home)
        if found is not None:
            return found  # ours, or one that won a race with it (then ours has exited)
        if proc.poll() is not None and not home.served():
            break  # ours exited and nobody else serves the folder
        pause.wait(0.05)  # a process starting gives no event to wait on
    raise RuntimeError(f"the local HeyGen simulator did not start; see its log, {home.log}")
