"""The storyboard grid: the session's images as thumbnails, in order, loaded by URL in the browser."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.scenes import Scene
from heygen_widgets.snapshot import Resource, Snapshot
from heygen_widgets.widgets.html import image, safe_url, text


def card_html(number: int, resource: Resource) -> str:
    """One scene: its thumbnail, opening the full image in a new tab on click, and its heading."""
    heading = resource.metadata.get("heading") or resource.metadata.get("title") or f"Scene {number}"
    thumb = image(resource.thumbnail_url or resource.url, f"Scene {number}", "hgw-thumb")
    full = safe_url(resource.preview_url or resource.url)
    if full is not None:
        thumb = f'<a href="{full}" target="_blank" rel="noopener noreferrer" title="Full size">{thumb}</a>'
    return f'<figure class="hgw-card">{thumb}<figcaption>{number}. {text(heading)}</figcaption></figure>'


class StoryboardGrid(w.HTML):
    """Thumbnails of the current storyboard; a revision replaces them. No image bytes pass the kernel."""

    def __init__(self) -> None:
        """Start empty."""
        super().__init__("")
        self.add_class("hgw-storyboard")
        self._ids: tuple[str, ...] | None = None

    def render(self, snapshot: Snapshot) -> None:
        """Show the newest storyboard; nothing is sent while it is unchanged."""
        scenes = snapshot.storyboard
        ids = tuple(r.id for r in scenes)
        if ids == self._ids:
            return
        self._ids = ids
        if not scenes:
            self.value = (
                '<div class="hgw-empty">The storyboard appears here once the agent has drafted it.</div>'
            )
            return
        cards = "".join(card_html(i + 1, r) for i, r in enumerate(scenes))
        self.value = f'<div class="hgw-grid">{cards}</div>'

    def selected(self) -> tuple[Scene, ...]:
        """The scenes the user picked for scene-level feedback, in order (none picked: empty)."""
        return ()

    def clear_selection(self) -> None:
        """Unpick every scene (after their feedback was sent)."""
