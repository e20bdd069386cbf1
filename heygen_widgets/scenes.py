"""The storyboard as scenes a user can read: number, heading, script, duration, images.

One place decides what a scene says (the resource's metadata, or the agent's message when that
is the only source), how two drafts differ, and how feedback names the scenes it is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from heygen_widgets.snapshot import Resource, Snapshot

SCRIPT_KEYS = ("narration", "script", "text")


@dataclass(frozen=True)
class Scene:
    """One scene of a draft, as the panel and the static view show it."""

    number: int
    resource: Resource
    heading: str
    script: str | None = None
    duration: float | None = None


def scene_of(number: int, resource: Resource) -> Scene:
    """The scene ``resource`` shows, numbered from 1."""
    meta = resource.metadata
    heading = meta.get("heading") or meta.get("title") or f"Scene {number}"
    script = next((meta[k] for k in SCRIPT_KEYS if isinstance(meta.get(k), str) and meta[k].strip()), None)
    return Scene(number, resource, str(heading), script)


def scenes(snapshot: Snapshot) -> tuple[Scene, ...]:
    """The newest draft's scenes, in order."""
    return tuple(scene_of(i + 1, r) for i, r in enumerate(snapshot.storyboard))


def scene_message(selected: Sequence[Scene], text: str) -> str:
    """Feedback about ``selected`` scenes, naming them so the agent knows what to change."""
    if not selected:
        return text
    names = "; ".join(f"Scene {s.number}, {s.heading}" for s in selected)
    return f"{names}: {text}"
