"""Run the simulator: in-process on a free port in a background thread, or standalone."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import uvicorn

from heygen_widgets.fake.backend import Backend, Limits
from heygen_widgets.fake.clock import Clock, StepClock, TimedClock
from heygen_widgets.fake.faults import Fault, Faults, LoggedRequest
from heygen_widgets.fake.idempotency import Idempotency
from heygen_widgets.fake.logs import limit_server_logs
from heygen_widgets.fake.model import DEFAULT_BALANCE, Wallet
from heygen_widgets.fake.profile import Chaos, Profile, resolve
from heygen_widgets.fake.protocol import ServerLimits, hardened_protocol
from heygen_widgets.fake.routes import build_app
from heygen_widgets.fake.store import Store


class _QuietDrops(logging.Filter):
    """A ``drop`` fault cuts an answer short on purpose; uvicorn need not report each one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "returned without completing response" not in record.getMessage()


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class FakeHeyGen:
    """A local HeyGen Video Agent API on 127.0.0.1.

    ``with FakeHeyGen() as fake:`` starts it on a free port (``fake.url``) and stops it, thread
    and socket included, on exit. By default it runs in step mode: the agent moves only on
    ``fake.step()`` (or every ``polls_per_step`` polls). ``timed=True`` lets stages take a few
    seconds each, divided by ``speed``. ``profile="realistic"`` behaves like HeyGen (see
    `heygen_widgets.fake.profile`); ``store=`` keeps the state in an SQLite file.
    """

    def __init__(
        self,
        *,
        timed: bool = False,
        speed: float = 1.0,
        polls_per_step: int = 0,
        concurrent_jobs: int | None = 10,
        api_keys: frozenset[str] | None = None,
        requests_per_second: float | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        render_seconds: float | None = None,
        profile: str | Profile = "default",
        seed: int | None = None,
        store: Path | None = None,
        limits: ServerLimits | None = None,
        credits: float | None = None,
    ) -> None:
        """Configure the simulator; nothing listens until `start()`.

        ``clock`` replaces the clock ``timed`` and ``speed`` would choose (tests pass their own);
        a render takes ``render_seconds`` on that clock (real renders take 20 to 45 minutes; the
        profile decides when it is not given). ``seed`` reseeds the profile's draws. ``store`` is
        an SQLite file the state is kept in and read back from. ``limits`` bound what one client
        may take (timeouts, connections, body and upload sizes, the request log, the log rate).
        ``credits`` is the wallet's balance in USD (default: what ``store`` kept, else 100,000); a
        render costs $0.10 a second of its storyboard, and a create the wallet cannot pay for even
        the shortest video answers 402 ``insufficient_credit``.
        """
        clock = clock or (TimedClock(speed) if timed else StepClock())
        profile = resolve(profile, seed)
        self.chaos = Chaos(profile)
        self.server_limits = limits or ServerLimits()
        self._limits = Limits(
            concurrent_jobs=concurrent_jobs,
            polls_per_step=polls_per_step,
            outside_jobs=profile.outside_jobs,
            busy_retry_after=max(5, profile.retry_after[1] // 2),
        )
        render = self.chaos.render_seconds if render_seconds is None else render_seconds
        self.backend = Backend(
            clock,
            Limits(**vars(self._limits)),
            render,
            Store(store),
            quirks=self.chaos.quirks,
            credits=credits,
        )
        self._credits = DEFAULT_BALANCE if credits is None else credits
        self.faults = Faults()
        self.faults.log = deque(maxlen=self.server_limits.max_logged_requests)
        self.app = build_app(
            self.backend,
            self.faults,
            api_keys=api_keys,
            requests_per_second=requests_per_second,
            chaos=self.chaos,
            limits=self.server_limits,
        )
        self._host, self._port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    def __repr__(self) -> str:
        """Where it listens, and nothing else."""
        return f"FakeHeyGen(url={self.url if self._socket else None!r})"

    @property
    def url(self) -> str:
        """The base URL, such as ``http://127.0.0.1:51234``."""
        if self._socket is None:
            raise RuntimeError("the simulator is not running; call start() or use it as a context manager")
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def _bind(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this. Without it uvicorn's header and body writes meet
        # Nagle's algorithm and the client's delayed ACK: every answer took ~40 ms on loopback.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self._host, self._port))
        sock.listen(1024)
        return sock

    def _make_server(self) -> uvicorn.Server:
        limits = self.server_limits
        limit_server_logs(limits.log_lines_per_minute)
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=1,
            http=hardened_protocol(limits),
            timeout_keep_alive=int(max(limits.idle_timeout, 1)),
        )
        return uvicorn.Server(config)

    def start(self) -> FakeHeyGen:
        """Listen (the socket accepts connections at once) and serve in a daemon thread."""
        if self._thread is not None:
            return self
        self._socket = self._bind()
        self._server = self._make_server()
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="heygen-simulator", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, join the thread and close the socket."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("the simulator thread did not stop in time")
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def serve_forever(
        self, ready: Callable[[str], None] | None = None, idle_exit: float | None = None
    ) -> None:
        """Serve in the calling thread until interrupted or SIGTERM (the standalone server).

        ``ready(url)`` is called once the socket listens, so connections from then on succeed.
        With ``idle_exit``, it also stops after that many seconds without a request.
        """
        self._socket = self._bind()
        self._server = self._make_server()
        if ready is not None:
            ready(self.url)
        done = threading.Event()
        watcher = threading.Thread(target=self._exit_when_idle, args=(done, idle_exit), daemon=True)
        if idle_exit:
            watcher.start()
        try:
            self._server.run(sockets=[self._socket])
        finally:
            done.set()
            if watcher.is_alive():
                watcher.join(5)
            self._socket.close()
            self._socket = None
            self.backend.store.close()

    def _exit_when_idle(self, done: threading.Event, idle_exit: float) -> None:
        activity = self.app.state.activity
        while not done.wait(min(30.0, idle_exit / 4)):
            if time.monotonic() - activity.last >= idle_exit and self._server is not None:
                logging.getLogger("heygen_widgets.fake").warning(
                    "No request for %g s: the simulator stops (it starts again when needed).", idle_exit
                )
                self._server.should_exit = True
                return

    def __enter__(self) -> FakeHeyGen:
        """Start."""
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop."""
        self.stop()

    # -- knobs ------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every session, video, asset, fault, logged request and idempotency key.

        The wallet holds ``credits`` again (100,000 USD when none was given).
        """
        backend = self.backend
        with backend.lock:
            backend.sessions.clear()
            backend.videos.clear()
            backend.assets.clear()
            backend.store.clear()
            backend.limits = Limits(**vars(self._limits))
            backend.wallet = Wallet()
            backend.set_balance(self._credits)
        self.faults.clear()
        with self.faults.lock:
            self.faults.log.clear()
        self.app.state.idempotency = Idempotency(backend.clock)

    def step(self, session_id: str | None = None, count: int = 1) -> int:
        """Step mode: complete ``count`` stages of one session, or of all; return how many moved."""
        return self.backend.step(session_id, count)

    def run_until_idle(self, session_id: str | None = None, rounds: int = 1000) -> int:
        """Step until nothing moves (every agent waits for its user, or is done); return the stages moved."""
        total = 0
        for _ in range(rounds):
            moved = self.step(session_id)
            if not moved:
                break
            total += moved
        return total

    def inject(self, kind: str, operation: str = "*", **options: float) -> Fault:
        """Add a fault (see `heygen_widgets.fake.faults`), for example ``inject("rate_limit", times=2)``."""
        times = int(options.pop("times", 1))
        return self.faults.add(Fault(kind, operation, times, **options))  # type: ignore[arg-type]

    def wait_for_requests(self, done: Callable[[list[LoggedRequest]], bool], timeout: float) -> bool:
        """Block until ``done(request_log)`` holds, checked as each request is logged; False on timeout.

        For tests and benchmarks that watch another process work, without polling.
        """
        with self.faults.changed:
            return self.faults.changed.wait_for(lambda: done(list(self.faults.log)), timeout)

    @property
    def requests(self) -> list[LoggedRequest]:
        """Every API request that arrived, in order."""
        with self.faults.lock:
            return list(self.faults.log)
