"""The per-user simulator: one process per user folder (see ``home``), its state kept on disk.

``python -m heygen_widgets.fake --home DIR`` (or ``--user`` for the default folder) serves the
folder's store in timed mode and writes its state file once it listens; a second server on the
same folder finds the lock held, says where the first one is, and exits. ``--stop`` ends it.
"""

from __future__ import annotations

import os
import secrets
import signal
import time
from collections.abc import Callable

from heygen_widgets.fake.home import Home, State, process_gone
from heygen_widgets.fake.profile import Profile
from heygen_widgets.fake.server import FakeHeyGen


def serve_home(
    home: Home,
    *,
    port: int,
    speed: float,
    profile: Profile,
    idle_exit: float | None,
    say: Callable[[str], None],
) -> bool:
    """Serve ``home`` until SIGTERM, Ctrl-C or ``idle_exit`` s of quiet; False if it was served already."""
    home.prepare()
    with home.serving() as held:
        if not held:
            say(already_running(home))
            return False
        token = secrets.token_hex(16)
        fake = FakeHeyGen(timed=True, speed=speed, profile=profile, store=home.store, port=port)
        fake.app.state.instance = token

        def ready(url: str) -> None:
            home.write_state(State(url, os.getpid(), token, speed, profile.name, time.time()))
            say(
                f"HeyGen simulator on {url} (timed mode, speed {speed:g}, {profile.name} profile), "
                f"keeping its sessions in {home.path}; any non-empty x-api-key works. Ctrl-C stops it."
            )

        # Uvicorn stops on SIGTERM, then raises it again for the handler it replaced: with the
        # default one the process would die before it removes its state file.
        previous = signal.signal(signal.SIGTERM, lambda *_: None)
        try:
            fake.serve_forever(ready=ready, idle_exit=idle_exit)
        finally:
            home.remove_state(token)
            signal.signal(signal.SIGTERM, previous)
        return True


def already_running(home: Home) -> str:
    """One line: where the server already serving ``home`` listens."""
    state = home.read_state()
    where = f"at {state.url} (pid {state.pid})" if state else "(it is still starting)"
    return (
        f"The HeyGen simulator for {home.path} already runs {where}; use it, "
        "or stop it first with: python -m heygen_widgets.fake --stop"
    )


def stop_home(home: Home, timeout: float = 10.0) -> int | None:
    """Stop the server of ``home`` (SIGTERM, then wait for its lock); return its pid, None if none ran."""
    state = home.read_state()
    if state is None or not home.served():
        return None
    try:
        os.kill(state.pid, signal.SIGTERM)
    except ProcessLookupError:
        return None
    deadline = time.monotonic() + timeout
    while home.served() or not process_gone(state.pid):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the simulator (pid {state.pid}) did not stop within {timeout:g} s")
        time.sleep(0.05)  # another process ending gives us no event to wait on
    return state.pid
