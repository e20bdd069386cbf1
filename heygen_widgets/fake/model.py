"""The simulator's state: sessions, messages, resources, videos and assets.

Plain data, no HTTP. Both API families share one `Session` type; `Family` decides how its phase
is spelled on the wire (the sessions family says ``processing`` where chat mode says
``thinking``).
"""

from __future__ import annotations

import uuid
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from heygen_widgets.fake.agent import Scene


class Family(StrEnum):
    """Which API a session was created through."""

    SESSIONS = "sessions"  # /v3/video-agents/sessions/... (interactive sessions)
    CHAT = "chat"  # POST /v3/video-agents with mode chat or generate


class Phase(StrEnum):
    """Where the agent is, independent of the family's wording."""

    DRAFTING = "drafting"
    QUESTION = "question"
    REVIEW = "review"
    RENDERING = "rendering"
    DONE = "done"
    FAILED = "failed"


STATUS: dict[Family, dict[Phase, str]] = {
    Family.SESSIONS: {
        Phase.DRAFTING: "processing",
        Phase.QUESTION: "reviewing",
        Phase.REVIEW: "reviewing",
        Phase.RENDERING: "generating",
        Phase.DONE: "completed",
        Phase.FAILED: "failed",
    },
    Family.CHAT: {
        Phase.DRAFTING: "thinking",
        Phase.QUESTION: "waiting_for_input",
        Phase.REVIEW: "reviewing",
        Phase.RENDERING: "generating",
        Phase.DONE: "completed",
        Phase.FAILED: "failed",
    },
}

WORKING = frozenset({Phase.DRAFTING, Phase.RENDERING})

PRICE_PER_SECOND = 0.10  # USD per second of video: HeyGen's Video Agent price
DEFAULT_BALANCE = 100_000.0  # USD: more than any test, demo or benchmark spends
MIN_VIDEO_SECONDS = 9.0  # the shortest storyboard the agent drafts: 3 scenes of at least 3 s


def new_id(prefix: str) -> str:
    """A fresh opaque id such as ``sess_3f2a9c1b7d40``."""
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


@dataclass
class Message:
    """One chat message, as the API shows it."""

    role: str
    content: str
    type: str
    created_at: int
    resource_ids: list[str] | None = None


@dataclass
class Resource:
    """A storyboard image, a rendered video, or a file the user attached."""

    id: str
    session_id: str
    type: str
    source: str
    created_at: int
    metadata: dict[str, Any] = field(default_factory=dict)
    scene: Scene | None = None
    number: int = 0
    url: str | None = None  # set for user files given by URL; otherwise served by the simulator
    data: bytes | None = None
    media_type: str | None = None


@dataclass
class Video:
    """A render of a session's storyboard."""

    id: str
    session_id: str
    title: str
    created_at: int
    status: str = "processing"
    completed_at: int | None = None
    failure_code: str | None = None
    failure_message: str | None = None


@dataclass
class Asset:
    """A file uploaded through ``POST /v3/assets``."""

    id: str
    name: str
    mime_type: str
    data: bytes
    created_at: int


@dataclass
class Wallet:
    """The account's prepaid balance in USD; a render is charged when it starts."""

    balance: float = DEFAULT_BALANCE
    spent: float = 0.0

    @staticmethod
    def price(seconds: float) -> float:
        """What a video of ``seconds`` costs (never less than the shortest video)."""
        return round(PRICE_PER_SECOND * max(seconds, MIN_VIDEO_SECONDS), 2)

    def covers(self, seconds: float) -> bool:
        """Whether the balance pays for a video of ``seconds``."""
        return self.balance >= self.price(seconds)

    def charge(self, seconds: float) -> bool:
        """Take the price of a video of ``seconds``; False (and nothing taken) when it does not cover it."""
        if not self.covers(seconds):
            return False
        price = self.price(seconds)
        self.balance, self.spent = round(self.balance - price, 6), round(self.spent + price, 6)
        return True


@dataclass
class Stage:
    """One step of the agent's work; the action named ``action`` runs, with ``args``, when it completes.

    Actions are named, not functions, so a session (its queue of stages included) can be stored
    and read back by the per-user simulator.
    """

    phase: Phase
    progress: int
    duration: float
    action: str | None = None
    args: tuple[Any, ...] = ()


@dataclass
class Session:
    """A Video Agent session of either family."""

    id: str
    family: Family
    mode: str
    prompt: str
    created_at: int
    options: dict[str, Any] = field(default_factory=dict)
    phase: Phase = Phase.DRAFTING
    progress: int = 0
    title: str | None = None
    messages: list[Message] = field(default_factory=list)
    scenes: tuple[Scene, ...] = ()
    storyboard: list[str] = field(default_factory=list)
    resources: dict[str, Resource] = field(default_factory=dict)
    video_ids: list[str] = field(default_factory=list)
    run: deque[Stage] = field(default_factory=deque)
    stage_started: float = 0.0
    stop_requested: bool = False
    polls: int = 0
    auto_proceed: bool = False
    quirks: frozenset[str] = frozenset()  # the realistic profile's ways of misbehaving (see profile.py)
    answer_override: dict[str, Any] | None = None  # put over its GET answer (Backend.override_answer)

    @property
    def status(self) -> str:
        """The status string this session's family uses for its phase."""
        return STATUS[self.family][self.phase]

    @property
    def seconds(self) -> float:
        """How long its video runs: the storyboard's scenes, one after another."""
        return sum(scene.duration for scene in self.scenes)

    @property
    def video_id(self) -> str | None:
        """The newest video's id once a render has started."""
        return self.video_ids[-1] if self.video_ids else None

    def say(
        self, content: str, now: int, *, kind: str = "text", resource_ids: list[str] | None = None
    ) -> None:
        """Append an agent message."""
        self.messages.append(Message("model", content, kind, now, resource_ids))
