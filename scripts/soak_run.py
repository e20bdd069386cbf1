"""One soak run: panels and a gallery against the simulator, a scripted user, faults at random.

Everything here is bounded: the run ends when every session has an outcome or its time is up,
then closes everything and counts what is left. `scripts/soak.py` prints the figures; the short
test in ``tests/scripts/test_soak.py`` asserts the zeros.
"""

from __future__ import annotations

import gc
import itertools
import random
import resource
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ipywidgets as w

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.profile import Profile, profile_named
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.snapshot import Phase
from heygen_widgets.widgets import SessionGallery, SessionPanel
from scripts.soak_probes import Reads, Recorder, sockets
from scripts.soak_user import CountingRunner, ScriptedUser, Starter

KEY = "sk-soak-3c9e1f"
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
        knobs: Changes to the realistic profile's knobs (`heygen_widgets.fake.profile.Profile`),
            such as ``{"retry_after": (1, 5)}`` for a short run.
        seed: Seeds the fault choice, so two runs meet the same faults in the same order.
    """

    seconds: float = 400.0
    panels: int = 20
    prompts: int = 30
    speed: float = 60.0
    chaos: bool = True
    fault_every: float = 0.1
    seed: int = 7
    pending: int = 3
    knobs: dict[str, Any] = field(default_factory=dict)


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
    uncertain_creates: int = 0
    extra_threads: int = 0
    extra_connections: int = 0
    extra_widgets: int = 0
    peak_rss_mb: float = 0.0
    notes: list[str] = field(default_factory=list)


@contextmanager
def _chaos(fake: FakeHeyGen, options: Options, figures: Figures) -> Iterator[None]:
    stop = threading.Event()
    pick = random.Random(options.seed)  # noqa: S311 -- reproducible faults, not cryptography
    longest = _profile(options).retry_after[1]

    def inject() -> None:
        while not stop.wait(options.fault_every):
            with fake.faults.lock:
                if len(fake.faults.active) >= options.pending:
                    continue
            kind = pick.choice(FAULT_KINDS)
            extra: dict[str, float] = {}
            if kind == "rate_limit":
                extra["retry_after"] = min(pick.choice((1, 2, 5, 30)), longest)
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
    fake = FakeHeyGen(timed=True, speed=options.speed, profile=_profile(options), concurrent_jobs=10)
    recorder = Reads()
    fake.app.add_middleware(Recorder, reads=recorder)
    user = ScriptedUser(figures)
    # HeyGen's thresholds, on the simulator's sped-up clock.
    poller = Poller(stuck_after=600 / options.speed, stuck_rendering_after=1200 / options.speed)
    scratch = tempfile.TemporaryDirectory(prefix="hgw-soak-")  # the gallery's ledger, gone afterwards
    with scratch, fake, Connection(Transport(fake.url, KEY)) as conn, poller:
        panels: list[SessionPanel] = []
        runner = CountingRunner(figures, panels, user)
        user.thread.start()
        with _chaos(fake, options, figures):
            starter = Starter(
                conn, poller=poller, runner=runner, user=user, panels=panels, count=options.panels
            )
            gallery = SessionGallery(
                [f"Soak gallery {n}: a 30-second product teaser." for n in range(options.prompts)],
                connection=conn,
                poller=poller,
                runner=runner,
                ledger=Path(scratch.name) / "gallery.sqlite",
            )
            _wait_for_outcomes(user, starter, gallery, started + options.seconds)
            starter.close()
        figures.wall_seconds = time.monotonic() - started
        figures.uncertain_creates = starter.uncertain
        _count(figures, fake, user, panels, gallery, recorder, poller)
        for panel in panels:
            panel.close()
        gallery.close()
        user.stopping.set()
        user.todo.put(None)
        user.thread.join(10)
        runner.close()
    gc.collect()
    figures.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.extra_threads = threading.active_count() - threads0
    figures.extra_connections = sockets() - sockets0
    figures.extra_widgets = len(w.Widget.widgets) - widgets0
    return figures


def _profile(options: Options) -> Profile:
    """HeyGen's habits; without chaos, none of its transient faults.

    A 403 for a missing scope is left out in both: a key lacks a scope for good, so the poller
    rightly stops on it, and a soak of transient faults is not about that.
    """
    calm = {} if options.chaos else {"errors": 0, "drops": 0, "rate_limits": 0}
    return profile_named("realistic", options.seed, **{"scope_errors": 0, **calm, **options.knobs})


def _wait_for_outcomes(user: ScriptedUser, starter: Starter, gallery: SessionGallery, until: float) -> None:
    while time.monotonic() < until:
        ids = [p.session.session_id for p in starter.panels]
        if starter.done.is_set() and all(i in user.outcome for i in ids) and gallery.finished:
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
        for twice in {t for t in texts if texts.count(t) > 1}:
            figures.applied_twice += texts.count(twice) - 1
            figures.notes.append(f"{session.id}: {texts.count(twice)} times {twice[:60]!r}")
    for prompt, count in prompts.items():
        if count > 1:
            figures.applied_twice += count - 1
            figures.notes.append(f"{count} sessions for {prompt[:60]!r}")
    for panel in panels:
        sid = panel.session.session_id
        typed = user.sent.get(sid)
        logged = any(m.content == typed for s in sessions if s.id == sid for m in s.messages)
        if typed is not None and not logged and panel.feedback.text.value != typed:
            figures.feedback_lost += 1
        if sid not in user.outcome:
            figures.without_outcome += 1
            status = panel.snapshot.status if panel.snapshot else "never read"
            shown = " | ".join(v for v in (panel.notice.value, panel.feedback.error.value) if v)
            approve = "off" if panel.controls.approve.disabled else "on"
            figures.notes.append(f"{sid}: {status}, Approve {approve}, showing: {shown or 'nothing'}")
    for row in gallery.results():  # an outcome: completed, failed, or a note saying why not (stuck)
        if row["status"] not in ("completed", "failed") and not row["note"]:
            figures.without_outcome += 1
            figures.notes.append(f"gallery {row['session_id'] or row['prompt']}: {row['status']}")
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
