"""Immutable snapshots of a Video Agent session, read from the generated client's models.

A `Snapshot` is what the poller hands to subscribers and what the panel renders. Its status is
an open value: a status HeyGen adds tomorrow is kept as it is and reads as `Phase.UNKNOWN`,
never an error. Fields this module does not read stay on the generated model, `Snapshot.answer`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Protocol, TypeAlias

APPROVAL = "Looks good, please generate the video."  # what Approve says to the agent, in both families
MESSAGE_WINDOW = 40  # the API shows at most this many messages, newest first
GAP_TEXT = "Some messages were missed here: more arrived between two refreshes than the API shows at once."


class Phase(StrEnum):
    """What a status means for the user, across both API families."""

    WORKING = "working"  # the agent is drafting or revising: wait
    REVIEW = "review"  # paused for the user: send feedback or approve
    RENDERING = "rendering"  # approved, the video is rendering
    DONE = "done"
    FAILED = "failed"
    UNKNOWN = "unknown"  # a status this version does not know yet


PHASES: Mapping[str, Phase] = MappingProxyType(
    {
        "processing": Phase.WORKING,
        "thinking": Phase.WORKING,
        "reviewing": Phase.REVIEW,
        "waiting_for_input": Phase.REVIEW,
        "generating": Phase.RENDERING,
        "completed": Phase.DONE,
        "failed": Phase.FAILED,
    }
)


class Model(Protocol):
    """A generated ``heygen_api`` model: what a snapshot is read from (this module does not import it)."""

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON, its unknown fields included."""
        ...


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Message:
    """One chat message; ``role`` is ``user``, ``model``, or ``gap`` for a marker of missed messages."""

    role: str
    content: str
    type: str = "text"
    created_at: int | None = None
    resource_ids: tuple[str, ...] = ()

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> Message:
        """Read a ``SessionMessage``; missing or odd fields get harmless defaults."""
        ids = data.get("resource_ids")
        return cls(
            role=_str(data.get("role")) or "model",
            content=_str(data.get("content")) or "",
            type=_str(data.get("type")) or "text",
            created_at=_int(data.get("created_at")),
            resource_ids=tuple(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else (),
        )

    @classmethod
    def from_model(cls, model: Model) -> Message:
        """Read a generated ``SessionMessage``."""
        return cls.from_api(model.to_dict())

    @property
    def is_gap(self) -> bool:
        """True for the marker placed where messages were missed."""
        return self.role == "gap"

    @property
    def is_error(self) -> bool:
        """True for an error message from the agent."""
        return self.type == "error"


GAP = Message(role="gap", content=GAP_TEXT, type="gap")


@dataclass(frozen=True)
class Resource:
    """A storyboard image, a video, or an attached file."""

    id: str
    type: str
    url: str | None = None
    thumbnail_url: str | None = None
    preview_url: str | None = None
    source: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> Resource:
        """Read a ``SessionResource``."""
        metadata = data.get("metadata")
        return cls(
            id=_str(data.get("resource_id")) or "",
            type=_str(data.get("resource_type")) or "unknown",
            url=_str(data.get("url")),
            thumbnail_url=_str(data.get("thumbnail_url")),
            preview_url=_str(data.get("preview_url")),
            source=_str(data.get("source_type")),
            metadata=MappingProxyType(dict(metadata)) if isinstance(metadata, dict) else MappingProxyType({}),
        )

    @classmethod
    def from_model(cls, model: Model) -> Resource:
        """Read a generated ``SessionResource``."""
        return cls.from_api(model.to_dict())


@dataclass(frozen=True)
class Video:
    """A rendered (or rendering) video, from ``GET /v3/videos/{video_id}``."""

    id: str
    status: str
    url: str | None = None
    thumbnail_url: str | None = None
    captioned_url: str | None = None
    subtitle_url: str | None = None
    duration: float | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    fetched_at: float = 0.0  # when the URLs were read (they are signed and expire)
    created_at: int | None = None  # Unix time the render began, when the API says

    @classmethod
    def from_api(cls, data: Mapping[str, Any], fetched_at: float = 0.0) -> Video:
        """Read a ``VideoDetail``."""
        duration = data.get("duration")
        return cls(
            id=_str(data.get("id")) or "",
            status=_str(data.get("status")) or "unknown",
            url=_str(data.get("video_url")),
            thumbnail_url=_str(data.get("thumbnail_url")),
            captioned_url=_str(data.get("captioned_video_url")),
            subtitle_url=_str(data.get("subtitle_url")),
            duration=float(duration)
            if isinstance(duration, int | float) and not isinstance(duration, bool)
            else None,
            failure_code=_str(data.get("failure_code")),
            failure_message=_str(data.get("failure_message")),
            fetched_at=fetched_at,
            created_at=_int(data.get("created_at")),
        )

    @classmethod
    def from_model(cls, model: Model, fetched_at: float = 0.0) -> Video:
        """Read a generated ``VideoDetail``."""
        return cls.from_api(model.to_dict(), fetched_at)

    @property
    def ready(self) -> bool:
        """True once the video can be played."""
        return self.status == "completed" and self.url is not None

    @property
    def failed(self) -> bool:
        """True when the render failed."""
        return self.status == "failed"


@dataclass(frozen=True)
class Snapshot:
    """A session as of one refresh. Equal snapshots mean nothing changed."""

    session_id: str
    family: str
    status: str
    progress: int = 0
    title: str | None = None
    messages: tuple[Message, ...] = ()
    resources: Mapping[str, Resource] = field(default_factory=lambda: MappingProxyType({}))
    video_id: str | None = None
    video: Video | None = None
    created_at: int | None = None
    answer: Any = field(default=None, compare=False, repr=False)
    """The generated model this snapshot was read from (``heygen_api.models.GetSessionResponse``
    in chat mode, ``InteractiveGetSessionResponse`` for the sessions family), or None when the
    session endpoint did not answer (a 404 followed through the video). A field HeyGen adds is
    there after a regeneration, with no change here. Not part of equality: snapshots that show
    the same thing are equal."""

    @classmethod
    def from_api(
        cls,
        data: Mapping[str, Any],
        session_id: str,
        family: str,
        messages: tuple[Message, ...],
        resources: Mapping[str, Resource],
    ) -> Snapshot:
        """Read a ``GetSessionResponse``'s ``data`` (messages and resources already merged, no video yet)."""
        status = _str(data.get("status")) or "unknown"
        return cls(
            session_id=session_id,
            family=family,
            status=status,
            progress=_int(data.get("progress")) or 0,
            title=_str(data.get("title")),
            messages=messages,
            resources=MappingProxyType(dict(resources)),
            video_id=_str(data.get("video_id")) or None,
            created_at=_int(data.get("created_at")),
        )

    @classmethod
    def from_model(
        cls,
        model: Model,
        session_id: str,
        family: str,
        messages: tuple[Message, ...],
        resources: Mapping[str, Resource],
    ) -> Snapshot:
        """Read a generated session model (``GetSessionResponse``, ``InteractiveGetSessionResponse``).

        The model is kept as `answer`; its JSON form is read by `from_api`, the one reader.
        """
        return replace(cls.from_api(model.to_dict(), session_id, family, messages, resources), answer=model)

    @property
    def phase(self) -> Phase:
        """What the status means; `Phase.UNKNOWN` for a status this version does not know."""
        said = PHASES.get(self.status, Phase.UNKNOWN)
        if said in (Phase.RENDERING, Phase.DONE) and self.video is not None and self.video.failed:
            return Phase.FAILED
        return said

    @property
    def storyboard(self) -> tuple[Resource, ...]:
        """The images of the newest message that shows any, in order (a revision replaces them)."""
        for message in reversed(self.messages):
            images = [self.resources[i] for i in message.resource_ids if i in self.resources]
            images = [r for r in images if r.type == "image"]
            if images:
                return tuple(images)
        return ()

    def times_sent(self, message: str) -> int:
        """How many of the user's messages in the log say ``message`` (spaces around it aside).

        How a message whose answer was lost is settled: it arrived if the log has more of it
        than before it was sent.
        """
        wanted = message.strip()
        return sum(1 for m in self.messages if m.role == "user" and m.content.strip() == wanted)

    @property
    def can_send(self) -> bool:
        """Feedback is taken while the agent waits for the user (and after completion in chat mode)."""
        return self.phase is Phase.REVIEW or (self.phase is Phase.DONE and self.family == "chat")

    @property
    def can_approve(self) -> bool:
        """Approval needs a storyboard under review, and the agent to have answered the user's last word.

        Just after an approval (or feedback) the status can still say reviewing; approving then
        would send the approval twice, and could start a second, paid render.
        """
        return (
            self.phase is Phase.REVIEW
            and bool(self.storyboard)
            and not self.awaiting_reply
            and not self.approved_last
        )

    @property
    def approved_last(self) -> bool:
        """The user's last word was an approval: this draft is approved, whatever the status says.

        HeyGen can answer an approval and still say reviewing for a while; feedback (a new draft)
        makes the storyboard approvable again.
        """
        said = [m.content.strip() for m in self.messages if m.role == "user"]
        return bool(said) and said[-1] == APPROVAL

    @property
    def awaiting_reply(self) -> bool:
        """The user spoke last: the agent has not answered yet, whatever the status says."""
        return bool(self.messages) and self.messages[-1].role == "user"

    @property
    def can_stop(self) -> bool:
        """Stop is possible while the agent works or renders."""
        return self.phase in (Phase.WORKING, Phase.RENDERING, Phase.UNKNOWN)

    @property
    def rendering(self) -> bool:
        """The video is being made: rendering, or "done" with a video that is not ready yet.

        The one rule for it: the poller's render pace and its stuck threshold both ask here.
        """
        return self.phase is Phase.RENDERING or (self.phase is Phase.DONE and not self.finished)

    @property
    def has_video(self) -> bool:
        """The status says a video exists (rendering, done or failed): its details are worth reading."""
        return self.video_id is not None and self.phase in (Phase.RENDERING, Phase.DONE, Phase.FAILED)

    @property
    def finished(self) -> bool:
        """Nothing more will happen without the user: the video is ready, or it all failed."""
        return self.phase is Phase.FAILED or (
            self.phase is Phase.DONE and (self.video is None or self.video.ready)
        )

    @property
    def failure_reason(self) -> str:
        """Why the session failed, in HeyGen's words when it gave any."""
        if self.video is not None and self.video.failure_message:
            return self.video.failure_message
        errors = [m.content for m in self.messages if m.is_error]
        return errors[-1] if errors else "The session failed; HeyGen gave no reason."

    def with_video(self, video: Video | None) -> Snapshot:
        """The same snapshot with fresher video details."""
        return replace(self, video=video)


def merge_messages(known: Sequence[Message], newest_first: Sequence[Message]) -> tuple[Message, ...]:
    """Add one poll's window of messages to what is known, without duplicates.

    The API returns at most 40 messages, newest first, with no ids. A window shorter than 40 is
    the whole history. A full window is matched against the end of what is known; when nothing
    overlaps, more messages arrived than one window shows, and a `GAP` marker records the loss.
    """
    window = list(reversed(newest_first))
    if len(window) < MESSAGE_WINDOW:
        return tuple(window)
    history = list(known)
    real = [m for m in history if not m.is_gap]
    for overlap in range(min(len(real), len(window)), 0, -1):
        if real[len(real) - overlap :] == window[:overlap]:
            return tuple(history + window[overlap:])
    return tuple([*history, GAP, *window]) if history else tuple(window)


Until: TypeAlias = Phase | str | Callable[[Snapshot], bool]
"""What `Session.wait` waits for: a `Phase`, a status, or a test on the snapshot."""


def condition(until: Until) -> Callable[[Snapshot], bool]:
    """The test on a snapshot that ``until`` stands for."""
    if callable(until) and not isinstance(until, str):
        return until
    if isinstance(until, Phase):
        target = until
        if target is Phase.REVIEW:  # just after a send the status may still say reviewing: await the reply
            return lambda s: s.phase is target and not s.awaiting_reply
        return lambda s: s.phase is target and (target is not Phase.DONE or s.finished)
    if until in Phase.__members__.values():
        return condition(Phase(until))
    return lambda s: s.status == until
