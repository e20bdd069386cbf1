"""The storyboard as scenes a user can read: number, heading, script, duration, images.

One place decides what a scene says (the resource's metadata, or the agent's message when that
is the only source), which messages are drafts, how two drafts differ, and how feedback names
the scenes it is about. Pure: no widgets, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heygen_widgets.snapshot import Message, Resource, Snapshot

SCRIPT_KEYS = ("narration", "script", "text")  # whichever the API gives, in this order of preference
HEADING_KEYS = ("heading", "title")
DURATION_KEYS = ("duration", "duration_sec")


@dataclass(frozen=True)
class Scene:
    """One scene of a draft, as the panel and the static view show it.

    Attributes:
        number: Its place in the draft, from 1.
        resource: The storyboard image it came from.
        heading: Its heading, or "Scene N" when the API gave none.
        script: What the scene will say; None when the API gave no script.
        duration: Its length in seconds, when the API gave one.
    """

    number: int
    resource: Resource
    heading: str
    script: str | None = None
    duration: float | None = None

    @property
    def name(self) -> str:
        """How feedback and marks name it: "Scene 3, Dev tools"."""
        return f"Scene {self.number}, {self.heading}"


@dataclass(frozen=True)
class Draft:
    """One storyboard the agent presented: its scenes and the message that showed them."""

    scenes: tuple[Scene, ...]
    message: Message

    @property
    def created_at(self) -> int | None:
        """When the agent presented it (epoch seconds), when known."""
        return self.message.created_at

    @property
    def ids(self) -> tuple[str, ...]:
        """Its resources' ids, in order: two drafts with the same ids are the same draft."""
        return tuple(s.resource.id for s in self.scenes)


@dataclass(frozen=True)
class Diff:
    """What a revision changed, scene by scene (scenes of the new draft, except ``removed``)."""

    added: tuple[Scene, ...] = ()
    removed: tuple[Scene, ...] = ()  # scenes of the old draft
    changed: tuple[Scene, ...] = ()

    def mark(self, scene: Scene) -> str | None:
        """``"added"``, ``"changed"`` or None for a scene of the new draft."""
        if any(s.resource.id == scene.resource.id for s in self.added):
            return "added"
        if any(s.resource.id == scene.resource.id for s in self.changed):
            return "changed"
        return None

    def __bool__(self) -> bool:
        """True when anything changed."""
        return bool(self.added or self.removed or self.changed)


def _text(meta: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _seconds(meta: Mapping[str, Any]) -> float | None:
    for key in DURATION_KEYS:
        value = meta.get(key)
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value >= 0
        ):
            return float(value)
    return None


def scene_of(number: int, resource: Resource, fallback_script: str | None = None) -> Scene:
    """The scene ``resource`` shows, numbered from 1.

    Args:
        number: Its place in the draft.
        resource: The storyboard image.
        fallback_script: Used when the metadata has no script (the presenting message's text).
    """
    meta = resource.metadata
    heading = _text(meta, HEADING_KEYS) or f"Scene {number}"
    script = _text(meta, SCRIPT_KEYS) or (fallback_script.strip() if fallback_script else None)
    return Scene(number, resource, heading, script or None, _seconds(meta))


def _draft_of(message: Message, snapshot: Snapshot) -> Draft | None:
    images = [snapshot.resources[i] for i in message.resource_ids if i in snapshot.resources]
    images = [r for r in images if r.type == "image"]
    if not images:
        return None
    # The message is a script only for a single scene: it cannot be split between several.
    fallback = message.content if len(images) == 1 and message.role == "model" else None
    return Draft(tuple(scene_of(i + 1, r, fallback) for i, r in enumerate(images)), message)


def drafts(snapshot: Snapshot) -> tuple[Draft, ...]:
    """Every storyboard the agent presented, oldest first (the current one last).

    Each message that shows images is a draft; a message that shows the same images as the
    draft before it (the agent answering without changing anything, a stop) is not a new one.
    """
    found: list[Draft] = []
    for message in snapshot.messages:
        draft = _draft_of(message, snapshot)
        if draft is not None and (not found or found[-1].ids != draft.ids):
            found.append(draft)
    return tuple(found)


def scenes(snapshot: Snapshot) -> tuple[Scene, ...]:
    """The newest draft's scenes, in order."""
    every = drafts(snapshot)
    return every[-1].scenes if every else ()


def _key(heading: str) -> str:
    return " ".join(heading.casefold().split())


def match(old: Sequence[Scene], new: Sequence[Scene]) -> dict[int, int]:
    """For each scene of ``new`` (by index), the index in ``old`` of the scene it continues.

    By resource id first, then by heading: a revision may show the same scene as a new image.
    """
    pairs: dict[int, int] = {}
    by_id = {s.resource.id: i for i, s in enumerate(old) if s.resource.id}
    for index, scene in enumerate(new):
        if scene.resource.id in by_id:
            pairs[index] = by_id[scene.resource.id]
    for index, scene in enumerate(new):
        if index in pairs:
            continue
        taken = set(pairs.values())
        found = next(
            (i for i, s in enumerate(old) if i not in taken and _key(s.heading) == _key(scene.heading)), None
        )
        if found is not None:
            pairs[index] = found
    return pairs


def diff(old: Sequence[Scene], new: Sequence[Scene]) -> Diff:
    """What changed from ``old`` to ``new``: scenes added, removed, and changed (heading or script)."""
    pairs = match(old, new)
    added = tuple(s for i, s in enumerate(new) if i not in pairs)
    changed = tuple(
        s
        for i, s in enumerate(new)
        if i in pairs and (old[pairs[i]].heading != s.heading or old[pairs[i]].script != s.script)
    )
    kept = set(pairs.values())
    removed = tuple(s for i, s in enumerate(old) if i not in kept)
    return Diff(added, removed, changed)


def duration_text(seconds: float | None) -> str | None:
    """A duration as people say it ("8 s", "1 min 5 s"), or None when unknown."""
    if seconds is None:
        return None
    whole = round(seconds)
    if whole < 60:
        return f"{max(whole, 1) if seconds > 0 else 0} s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _joined(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return "; ".join(names[:-1]) + "; and " + names[-1]


def scene_message(selected: Sequence[Scene], text: str) -> str:
    """Feedback about ``selected`` scenes, naming them so the agent knows what to change.

    "Scene 3, Dev tools: make it shorter"; several read "Scene 1, Welcome and Scene 3, Dev
    tools: ..." (three or more are joined with semicolons). No scenes: the text as it is.
    """
    if not selected:
        return text
    return f"{_joined([s.name for s in selected])}: {text}"
