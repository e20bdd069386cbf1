"""Profiles: how kind the simulator is. ``default`` always behaves; ``realistic`` behaves like HeyGen.

The realistic profile shows what HeyGen really does, at rates that make each behaviour appear in
a few minutes of use; every rate is a knob (`Profile` field) a test can set to 0 or 1 alone:

- ``render_seconds``: a render lasts minutes (drawn per session in this range, divided by speed);
- ``stuck``: sessions that stay in a working status for good (half while drafting, half while
  rendering); a stop still ends them;
- ``unasked_render``: chat-mode sessions that go to ``generating`` without waiting for review;
- ``lost_while_rendering``: sessions whose endpoint answers 404 while their video renders (the
  video itself stays readable at ``GET /v3/videos/{id}``);
- ``errors``, ``drops``, ``rate_limits``, ``scope_errors``: shares of requests answered 500/503,
  cut short (half before processing, half after: the answer to a done request is lost), 429
  with a ``Retry-After`` drawn from ``retry_after`` (HeyGen's go up to 60 s), or 403
  ``insufficient_api_key_scope``;
- ``code_only``: the share of error envelopes that carry only ``code`` (no message, no param);
- ``outside_jobs``: jobs started elsewhere (the web app, another script) that hold the account's
  concurrency limit.

Every draw comes from a generator seeded with ``seed`` and what it is for (the n-th session, the
n-th request of an operation), so a run that makes the same requests sees the same behaviour.
A prompt can force a session's quirk: ``#stuck``, ``#stuck-render``, ``#unasked-render``,
``#lost-while-rendering`` (in any profile).
"""

from __future__ import annotations

import dataclasses
import random
import threading
from collections import Counter
from dataclasses import dataclass

from heygen_widgets.fake.faults import SCOPES, Fault
from heygen_widgets.fake.jobs import LOST_WHILE_RENDERING, STICKS, UNASKED_RENDER
from heygen_widgets.fake.model import Family, Session

MARKS = {
    "#stuck-render": "sticks_rendering",
    "#stuck": "sticks_drafting",
    "#unasked-render": UNASKED_RENDER,
    "#lost-while-rendering": LOST_WHILE_RENDERING,
}


@dataclass(frozen=True)
class Profile:
    """The simulator's behaviour; each rate is a share between 0 and 1 (see the module's notes)."""

    name: str = "default"
    seed: int = 0
    render_seconds: tuple[float, float] = (7.0, 7.0)
    stuck: float = 0.0
    unasked_render: float = 0.0
    lost_while_rendering: float = 0.0
    errors: float = 0.0
    drops: float = 0.0
    rate_limits: float = 0.0
    scope_errors: float = 0.0
    retry_after: tuple[int, int] = (1, 1)
    code_only: float = 0.0
    outside_jobs: int = 0


DEFAULT = Profile()
REALISTIC = Profile(
    "realistic",
    render_seconds=(180.0, 720.0),
    stuck=0.05,
    unasked_render=0.1,
    lost_while_rendering=0.3,
    errors=0.02,
    drops=0.01,
    rate_limits=0.02,
    scope_errors=0.002,
    retry_after=(1, 60),
    code_only=0.3,
    outside_jobs=2,
)
PROFILES = {"default": DEFAULT, "realistic": REALISTIC}


def profile_named(name: str, seed: int | None = None, **changes: float) -> Profile:
    """A profile by name, with a seed and single knobs changed, such as ``errors=0``."""
    if name not in PROFILES:
        raise ValueError(f"unknown profile {name!r}; use one of {', '.join(PROFILES)}")
    known = {f.name for f in dataclasses.fields(Profile)} - {"name"}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(
            f"unknown profile knob {sorted(unknown)[0]!r}; use one of {', '.join(sorted(known))}"
        )
    base = PROFILES[name]
    return dataclasses.replace(base, seed=base.seed if seed is None else seed, **changes)  # type: ignore[arg-type]


def resolve(profile: str | Profile, seed: int | None = None) -> Profile:
    """A profile given by name or as is, with ``seed`` (when given) in place of its own."""
    if isinstance(profile, str):
        return profile_named(profile, seed)
    return profile if seed is None else dataclasses.replace(profile, seed=seed)


class Chaos:
    """Draws a profile's behaviour for each new session and each request."""

    def __init__(self, profile: Profile = DEFAULT) -> None:
        """Start counting draws from zero."""
        self.profile = profile
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _rng(self, purpose: str) -> random.Random:
        with self._lock:
            self._counts[purpose] += 1
            # Reproducible draws are the point here, not secrecy.
            return random.Random(f"{self.profile.seed}:{purpose}:{self._counts[purpose]}")  # noqa: S311

    def quirks(self, session: Session) -> frozenset[str]:
        """A new session's quirks: the prompt's marks, then the profile's draws."""
        found = {quirk for mark, quirk in MARKS.items() if mark in session.prompt}
        if "sticks_rendering" in found:
            found.discard("sticks_drafting")  # "#stuck" is a prefix of "#stuck-render"
        p, rng = self.profile, self._rng("session")
        if rng.random() < p.stuck:
            found.add(rng.choice(sorted(STICKS)))
        if session.family == Family.CHAT and session.mode == "chat" and rng.random() < p.unasked_render:
            found.add(UNASKED_RENDER)
        if rng.random() < p.lost_while_rendering:
            found.add(LOST_WHILE_RENDERING)
        return frozenset(found)

    def render_seconds(self) -> float:
        """How long the next render lasts (before the speed divides it)."""
        low, high = self.profile.render_seconds
        return low if low >= high else self._rng("render").uniform(low, high)

    def fault(self, operation: str) -> Fault | None:
        """A fault for this request of ``operation``, drawn from the profile's rates, or None."""
        p = self.profile
        if not (p.errors or p.drops or p.rate_limits or p.scope_errors):
            return None
        rng = self._rng(operation)
        draw = rng.random()
        code_only = rng.random() < p.code_only
        for kind, share in (("error", p.errors), ("drop", p.drops), ("rate_limit", p.rate_limits)):
            if draw < share:
                after = kind == "drop" and rng.random() < 0.5
                return Fault(
                    "drop_after" if after else kind,
                    operation,
                    status=rng.choice((500, 503)),
                    retry_after=rng.randint(*p.retry_after),
                    code_only=code_only,
                )
            draw -= share
        if draw < p.scope_errors and operation in SCOPES:
            return Fault("scope", operation, code_only=code_only)
        return None

    def code_only(self) -> bool:
        """Whether this error envelope carries only its code."""
        return self.profile.code_only > 0 and self._rng("envelope").random() < self.profile.code_only
