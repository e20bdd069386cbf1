"""Scenes as HTML: the live card's body, a text-only card for saved notebooks, revision notes.

Every text comes from the API and is escaped; images are loaded by the browser from their URL
(only http(s)), so no image bytes pass through the kernel.
"""

from __future__ import annotations

from collections.abc import Sequence

from heygen_widgets.scenes import Diff, Draft, Scene, duration_text
from heygen_widgets.widgets.html import image, safe_url, text
from heygen_widgets.widgets.times import stamp

EMPTY_TEXT = "No storyboard yet."
NO_SCRIPT = "No script given."
MARKS = {"added": "New", "changed": "Changed"}


def _title(scene: Scene, mark: str | None = None) -> str:
    badge = f'<span class="hgw-mark hgw-mark-{mark}">{MARKS[mark]}</span> ' if mark in MARKS else ""
    length = duration_text(scene.duration)
    seconds = f' <span class="hgw-duration">· {text(length)}</span>' if length else ""
    return f'<div class="hgw-scene-title">{badge}{scene.number}. {text(scene.heading)}{seconds}</div>'


def _script(scene: Scene) -> str:
    if scene.script is None:
        return f'<p class="hgw-script hgw-no-script">{NO_SCRIPT}</p>'
    return f'<p class="hgw-script">{text(scene.script)}</p>'


def card_text_html(scene: Scene, mark: str | None = None) -> str:
    """A scene as static, text-only HTML: number, heading, duration, script; no image.

    For places without a live kernel (a saved notebook, nbconvert, GitHub), where an image URL
    of a simulator or a signed URL that expired would show as broken. Style it with ``STYLE``.

    Args:
        scene: The scene to show.
        mark: ``"added"`` or ``"changed"`` to badge it as such; None for no badge.
    """
    return f'<div class="hgw-scene-text">{_title(scene, mark)}{_script(scene)}</div>'


def preview_html(scene: Scene) -> str:
    """The thumbnail; a click shows the larger image in its place, another click hides it (no JS).

    The larger image loads only once opened (``loading="lazy"`` inside a closed ``<details>``).
    """
    resource = scene.resource
    thumb = image(resource.thumbnail_url or resource.url, f"Scene {scene.number}", "hgw-thumb")
    large = safe_url(resource.preview_url or resource.url)
    if large is None:
        return f'<figure class="hgw-card">{thumb}</figure>'
    alt = text(f"Scene {scene.number}, {scene.heading}, larger")
    return (
        '<details class="hgw-zoom"><summary title="Click for a larger preview; click again to close">'
        f'<figure class="hgw-card">{thumb}</figure>'
        f'<img src="{large}" alt="{alt}" class="hgw-large" loading="lazy"></summary></details>'
    )


def card_body_html(scene: Scene, mark: str | None = None) -> str:
    """A live card's content: thumbnail (click for a larger preview), title, script."""
    return f"{preview_html(scene)}{_title(scene, mark)}{_script(scene)}"


def revision_html(changes: Diff, count: int) -> str:
    """What the newest of ``count`` drafts changed, with the removed scenes listed by name."""
    if count < 2:
        return ""
    parts = [f"{len(changes.added)} added"] if changes.added else []
    parts += [f"{len(changes.changed)} changed"] if changes.changed else []
    parts += [f"{len(changes.removed)} removed"] if changes.removed else []
    said = ", ".join(parts) if parts else "no scene changed"
    removed = ""
    if changes.removed:
        names = "; ".join(text(s.name) for s in changes.removed)
        removed = f'<div class="hgw-removed">Removed: {names}</div>'
    return f'<div class="hgw-revision"><b>Revised draft {count}</b>: {said}.{removed}</div>'


def _when(draft: Draft) -> str:
    if draft.created_at is None:
        return ""
    return f" {stamp(draft.created_at)}"  # as the log shows times: the kernel's zone, named


def history_html(earlier: Sequence[Draft]) -> str:
    """Earlier drafts, collapsed, newest first: each one's scenes as text."""
    if not earlier:
        return ""
    items = "".join(
        f'<div class="hgw-draft"><div class="hgw-draft-title">Draft {number}{_when(draft)}</div>'
        + "".join(card_text_html(s) for s in draft.scenes)
        + "</div>"
        for number, draft in reversed(list(enumerate(earlier, start=1)))
    )
    return f'<details class="hgw-history"><summary>Earlier drafts ({len(earlier)})</summary>{items}</details>'
