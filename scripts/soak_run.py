"""One soak run: panels and a gallery against the simulator, a scripted user, faults at random.

Everything here is bounded: the run ends when every session has an outcome or its time is up,
then closes everything and counts what is left. `scripts/soak.py` prints the figures; the short
test in ``tests/scripts/test_soak.py`` asserts the zeros.
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import random
import resource
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

import ipywidgets as w

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller, Stuck, Throttled
from heygen_widgets.session import Connection, Transport
from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets import SessionGallery, SessionPanel
from scripts.soak_probes import Reads, Recorder, sockets

KEY = "sk-soak-3c9e1f"
TRIES_PER_VIEW = 10  # clicks the scripted user makes on one unchanged view before waiting for a change
FAULT_KINDS = ("rate_limit", "error", "drop", "drop_after", "latency", "malformed", "extra_fields")
OPERATIONS = (
    "*",
    "getVideoAgentSession",
    "sendVideoAgentMessage",
    "createVideoAgentV3",
    "stopVideoAgentSession",
    "getVideoV3",
    "getVideoAgentResource",
    "listVideoAgentSessionVideos",
)


@dataclass
class Options:
    """What one run does.

    Attributes:
        seconds: The longest the run may take before it stops waiting for outcomes.
        panels: Sessions shown in panels, driven by a scripted user (feedback, then approve).
        prompts: Prompts in the gallery (generate mode).
        speed: The simulator's speed factor (timed mode).
        chaos: Inject random faults on random routes, a few pending at a time.
        fault_every: Seconds between two looks at the pending faults; below ``pending`` pending,
            one more is injected.
        pending: At most this many injected faults wait for a request to meet them.
        seed: Seeds the fault choice, so two runs meet the same faults in the same order.
    """

    seconds: float = 300.0
    panels: int = 20
    prompts: int = 30
    speed: float = 20.0
    chaos: bool = True
    fault_every: float = 0.1
    seed: int = 7
    pending: int = 3


@dataclass
class Figures:
    """What a run measured; the zeros are the point."""

    wall_seconds: float = 0.0
    polls: int = 0
    longest_healthy_gap: float = 0.0
    healthy_interval: float = 0.0
    applied_twice: int = 0
    feedback_lost: int = 0
    without_outcome: int = 0
    errors_occurred: int = 0
    errors_shown: int = 0
    faults_injected: int = 0
    extra_threads: int = 0
    extra_connections: int = 0
    extra_widgets: int = 0
    peak_rss_mb: float = 0.0
    notes: list[str] = field(default_factory=list)


class ScriptedUser:
    """Reviews each panel like a person: one piece of feedback, then approve once the reply is in."""

    def __init__(self, figures: Figures) -> None:
        self.figures = figures
        self.todo: queue.Queue[SessionPanel | None] = queue.Queue()
        self.sent: dict[str, str] = {}  # session id -> the feedback typed
        self.approved: set[str] = set()
        self.outcome: dict[str, str] = {}  # session id -> finished | stuck
        self.phases: dict[str, list[tuple[float, Phase]]] = defaultdict(list)
        self.changed = threading.Event()
        self.lock = threading.Lock()
        self.tries: dict[str, tuple[Snapshot | None, int]] = {}  # session id -> what was on screen, tries
        self.throttled: dict[str, list[tuple[float, float | None]]] = defaultdict(list)
        self.thread = threading.Thread(target=self._run, name="soak-user", daemon=True)

    def on_event(self, panel: SessionPanel, event: Event) -> None:
        """The user's eyes: runs on the poller thread, so it only queues work."""
        if isinstance(event, Changed):
            self.phases[event.snapshot.session_id].append((time.monotonic(), event.snapshot.phase))
            if event.snapshot.phase is Phase.REVIEW:
                self.todo.put(panel)
        elif isinstance(event, Finished):
            self.outcome[event.session_id] = "finished"
            self.changed.set()
        elif isinstance(event, Stuck):
            self.outcome.setdefault(event.session_id, "stuck")
            self.changed.set()
        elif isinstance(event, Throttled):
            self.throttled[event.session_id].append((time.monotonic(), event.interval))
        elif isinstance(event, Failed):
            with self.lock:
                self.figures.errors_occurred += 1
                self.figures.errors_shown += bool(panel.notice.value)  # the panel's subscriber ran first

    def look_again(self, panels: list[SessionPanel]) -> None:
        """After each action the user reads the panels again and acts on what they show."""
        for panel in panels:
            self.todo.put(panel)

    def _run(self) -> None:
        while (panel := self.todo.get()) is not None:
            self._act(panel)

    def _act(self, panel: SessionPanel) -> None:
        snap, sid = panel.snapshot, panel.session.session_id
        tries = self.tries.get(sid)
        if tries is not None and tries[0] is snap and tries[1] >= TRIES_PER_VIEW:
            return  # a person tries a few times, then waits for the panel to change
        self.tries[sid] = (snap, tries[1] + 1 if tries is not None and tries[0] is snap else 1)
        if (
            snap is None
            or snap.phase is not Phase.REVIEW
            or (snap.messages[-1:] and snap.messages[-1].role == "user")
        ):
            return
        typed = self.sent.get(sid)
        if typed is None:
            self.sent[sid] = f"Soak feedback for {sid}: add a scene about code review."
            panel.feedback.text.value = self.sent[sid]
            panel.feedback.button.click()
        elif panel.feedback.text.value == typed:  # not confirmed yet: Send again (the panel checks first)
            if not panel.feedback.button.disabled:
                panel.feedback.button.click()
        elif not panel.controls.approve.disabled:  # again after a failed try: the session checks first
            self.approved.add(sid)
            panel.controls.approve.click()


class CountingRunner:
    """Runs clicks on two threads; after each, the user looks again and failures are counted.

    A failure counts as shown when, once its action is over, a panel shows a line about it.
    """

    def __init__(self, figures: Figures, panels: list[SessionPanel], look_again: Callable[[], None]) -> None:
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="soak-action")
        self.figures, self.panels, self.look_again = figures, panels, look_again
        self.lock = threading.Lock()
        self.failures = _FailureLog()
        logging.getLogger("heygen_widgets").addHandler(self.failures)

    def submit(self, fn: Callable[[], None], /) -> Future[None]:
        """Run ``fn``, then count what it reported and let the user look again."""

        def counted() -> None:
            before = self.failures.here()
            try:
                fn()
            finally:
                if self.failures.here() > before:
                    with self.lock:
                        self.figures.errors_occurred += 1
                        self.figures.errors_shown += any(_error_lines(p) for p in self.panels)
                self.look_again()

        return self.pool.submit(counted)

    def close(self) -> None:
        """Wait for running actions and stop listening to the log."""
        self.pool.shutdown(wait=True)
        logging.getLogger("heygen_widgets").removeHandler(self.failures)


class _FailureLog(logging.Handler):
    """Counts, per thread, the failures the widgets log (they log each one they show)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[int, int] = defaultdict(int)

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[threading.get_ident()] += 1

    def here(self) -> int:
        return self.counts[threading.get_ident()]


def _error_lines(panel: SessionPanel) -> int:
    return int(bool(panel.notice.value)) + int(bool(panel.feedback.error.value))


@contextmanager
def _chaos(fake: FakeHeyGen, options: Options, figures: Figures) -> Iterator[None]:
    stop = threading.Event()
    pick = random.Random(options.seed)  # noqa: S311 -- reproducible faults, not cryptography

    def inject() -> None:
        while not stop.wait(options.fault_every):
            with fake.faults.lock:
                if len(fake.faults.active) >= options.pending:
                    continue
            kind = pick.choice(FAULT_KINDS)
            extra: dict[str, float] = {}
            if kind == "rate_limit":
                extra["retry_after"] = pick.choice((1, 2, 5, 30))
            elif kind == "error":
                extra["status"] = pick.choice((500, 503))
            elif kind == "latency":
                extra["seconds"] = pick.choice((0.5, 2.0, 8.0))
            fake.inject(kind, pick.choice(OPERATIONS), **extra)
            figures.faults_injected += 1

    thread = threading.Thread(target=inject, name="soak-chaos", daemon=True)
    if options.chaos:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        if thread.is_alive():
            thread.join(5)
        fake.faults.clear()


def run(options: Options) -> Figures:
    """One bounded soak run; see `Options`."""
    figures = Figures()
    gc.collect()
    threads0, sockets0, widgets0 = threading.active_count(), sockets(), len(w.Widget.widgets)
    started = time.monotonic()
    fake = FakeHeyGen(timed=True, speed=options.speed, concurrent_jobs=10)
    recorder = Reads()
    fake.app.add_middleware(Recorder, reads=recorder)
    user = ScriptedUser(figures)
    with fake, Connection(Transport(fake.url, KEY)) as conn, Poller() as poller:
        panels: list[SessionPanel] = []
        runner = CountingRunner(figures, panels, lambda: user.look_again(panels))
        user.thread.start()
        panels += [
            SessionPanel(
                conn.create(f"Soak panel {n}: cover ingestion, dashboards and alerts."),
                poller=poller,
                runner=runner,
            )
            for n in range(options.panels)
        ]
        for panel in panels:
            poller.watch(panel.session, _subscriber(user, panel))
        with _chaos(fake, options, figures):
            gallery = SessionGallery(
                [f"Soak gallery {n}: a 30-second product teaser." for n in range(options.prompts)],
                connection=conn,
                poller=poller,
                runner=runner,
            )
            _wait_for_outcomes(user, panels, gallery, started + options.seconds)
        figures.wall_seconds = time.monotonic() - started
        _count(figures, fake, user, panels, gallery, recorder, poller)
        for panel in panels:
            panel.close()
        gallery.close()
        user.todo.put(None)
        user.thread.join(10)
        runner.close()
    gc.collect()
    figures.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.extra_threads = threading.active_count() - threads0
    figures.extra_connections = sockets() - sockets0
    figures.extra_widgets = len(w.Widget.widgets) - widgets0
    return figures


def _subscriber(user: ScriptedUser, panel: SessionPanel) -> Callable[[Event], None]:
    return lambda event: user.on_event(panel, event)


def _wait_for_outcomes(
    user: ScriptedUser, panels: list[SessionPanel], gallery: SessionGallery, until: float
) -> None:
    ids = [p.session.session_id for p in panels]
    while time.monotonic() < until:
        if all(i in user.outcome for i in ids) and gallery.finished:
            return
        user.changed.wait(min(1.0, max(0.0, until - time.monotonic())))
        user.changed.clear()


def _count(  # noqa: PLR0917 -- one private call site, every part of the run it reads
    figures: Figures,
    fake: FakeHeyGen,
    user: ScriptedUser,
    panels: list[SessionPanel],
    gallery: SessionGallery,
    recorder: Reads,
    poller: Poller,
) -> None:
    with fake.backend.lock:
        sessions = list(fake.backend.sessions.values())
    prompts: dict[str, int] = defaultdict(int)
    for session in sessions:
        prompts[session.prompt] += 1
        texts = [m.content for m in session.messages if m.role == "user"]
        figures.applied_twice += sum(texts.count(t) - 1 for t in set(texts))
    figures.applied_twice += sum(n - 1 for n in prompts.values() if n > 1)
    for panel in panels:
        sid = panel.session.session_id
        typed = user.sent.get(sid)
        logged = any(m.content == typed for s in sessions if s.id == sid for m in s.messages)
        if typed is not None and not logged and panel.feedback.text.value != typed:
            figures.feedback_lost += 1
        figures.errors_shown += _error_lines(panel)
        if sid not in user.outcome:
            figures.without_outcome += 1
            status = panel.snapshot.status if panel.snapshot else "never read"
            shown = " | ".join(v for v in (panel.notice.value, panel.feedback.error.value) if v)
            approve = "off" if panel.controls.approve.disabled else "on"
            figures.notes.append(f"{sid}: {status}, Approve {approve}, showing: {shown or 'nothing'}")
    figures.without_outcome += sum(
        1 for row in gallery.results() if row["status"] in ("queued", "thinking", "generating")
    )
    _gaps(figures, user, recorder, poller)


def _gaps(figures: Figures, user: ScriptedUser, recorder: Reads, poller: Poller) -> None:
    """The longest wait between two answered reads of a working session, against its interval then.

    Its interval is `Pace.working`, or what the request budget stretched it to (`Throttled`).
    """
    with recorder.lock:
        reads = {k: list(v) for k, v in recorder.times.items()}
    worst = 0.0
    for sid, times in reads.items():
        figures.polls += len(times)
        phases, stretched = user.phases.get(sid, []), user.throttled.get(sid, [])
        for (t1, s1), (t2, s2) in itertools.pairwise(times):
            working = [p for t, p in phases if t <= t1]
            if not (s1 < 300 and s2 < 300 and working and working[-1] is Phase.WORKING):
                continue
            latest = [i for t, i in stretched if t <= t1]
            interval = max(poller.pace.working, (latest[-1] or 0.0) if latest else 0.0)
            if (t2 - t1) / interval > worst:
                worst = (t2 - t1) / interval
                figures.longest_healthy_gap, figures.healthy_interval = t2 - t1, interval
