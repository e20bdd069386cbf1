"""The storyboard: one card per scene (thumbnail, heading, script, duration) to read and pick.

Images are loaded by the browser from their URLs; no image bytes pass through the kernel. A
card is a widget of its own, so a revision rebuilds only the scenes it changed, and a pick
(the card's checkbox) survives a revision that keeps the scene.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from heygen_widgets.scenes import Diff, Draft, Scene, diff, drafts, match, scene_of
from heygen_widgets.snapshot import Resource, Snapshot
from heygen_widgets.widgets._wiring import close_tree
from heygen_widgets.widgets.html import image, safe_url, text
from heygen_widgets.widgets.scene_html import (
    EMPTY_TEXT,
    card_body_html,
    history_html,
    revision_html,
)

PICK_LABEL = "Select"
PICK_TIP = "Pick this scene for feedback: your message will name it"


def card_html(number: int, resource: Resource) -> str:
    """One scene as a thumbnail and its heading (the static view's older card; see `card_text_html`)."""
    scene = scene_of(number, resource)
    thumb = image(resource.thumbnail_url or resource.url, f"Scene {number}", "hgw-thumb")
    full = safe_url(resource.preview_url or resource.url)
    if full is not None:
        thumb = f'<a href="{full}" target="_blank" rel="noopener noreferrer" title="Full size">{thumb}</a>'
    return (
        f'<figure class="hgw-card">{thumb}<figcaption>{number}. {text(scene.heading)}</figcaption></figure>'
    )


class SceneCard(w.VBox):
    """One scene: thumbnail (click for a larger preview), title, script, and a "Select" checkbox."""

    def __init__(self, scene: Scene, mark: str | None) -> None:
        """Show ``scene``, badged ``mark`` ("added", "changed" or None)."""
        self.scene, self.mark = scene, mark
        self.body = w.HTML(card_body_html(scene, mark))
        self.body.add_class("hgw-scene-body")
        self.pick = w.Checkbox(False, description=PICK_LABEL, indent=False, tooltip=PICK_TIP)
        self.pick.add_class("hgw-pick")
        super().__init__([self.body, self.pick])
        self.add_class("hgw-scene")
        if mark:
            self.add_class(f"hgw-scene-{mark}")

    def show(self, scene: Scene, mark: str | None) -> None:
        """Show a newer version of the scene; sends only what differs."""
        if mark != self.mark:
            if self.mark:
                self.remove_class(f"hgw-scene-{self.mark}")
            if mark:
                self.add_class(f"hgw-scene-{mark}")
        self.scene, self.mark = scene, mark
        self.body.value = card_body_html(scene, mark)  # an unchanged value is not sent

    def __repr__(self) -> str:
        """Cheap: the scene's number and heading."""
        return f"SceneCard({self.scene.number}, {self.scene.heading!r})"


class StoryboardGrid(w.VBox):
    """The newest draft as scene cards, what its revision changed, and the earlier drafts.

    ``render`` is idempotent: an unchanged storyboard sends nothing; a revision replaces only the
    cards of scenes it changed, and closes every widget it replaces.
    """

    def __init__(self) -> None:
        """Start empty."""
        self.note = w.HTML(f'<div class="hgw-empty">{EMPTY_TEXT}</div>')
        self.grid = w.Box([])
        self.grid.add_class("hgw-scenes")
        self.history = w.HTML("")
        super().__init__([self.note, self.grid, self.history])
        self.add_class("hgw-storyboard")
        self.cards: list[SceneCard] = []
        self._drafts: tuple[Draft, ...] = ()
        self.on_pick: Callable[[], None] = lambda: None
        """Called when the user picks or unpicks a scene (the panel shows what feedback is about)."""

    def __repr__(self) -> str:
        """Cheap: how many scenes it shows."""
        return f"StoryboardGrid({len(self.cards)} scenes)"

    @property
    def value(self) -> str:
        """Everything the storyboard shows now, as one HTML text (read-only; for tests and debugging)."""
        return "".join([self.note.value, *(card.body.value for card in self.cards), self.history.value])

    def render(self, snapshot: Snapshot) -> None:
        """Show the newest draft, marked against the one before; nothing is sent while it is unchanged."""
        every = drafts(snapshot)
        if every == self._drafts:
            return
        self._drafts = every
        current = every[-1].scenes if every else ()
        changes = diff(every[-2].scenes, current) if len(every) > 1 else Diff()
        with self.hold_sync():
            self._show_cards(current, changes)
            note = (
                revision_html(changes, len(every)) if every else f'<div class="hgw-empty">{EMPTY_TEXT}</div>'
            )
            self.note.value = note
            self.history.value = history_html(every[:-1])

    def _show_cards(self, scenes: tuple[Scene, ...], changes: Diff) -> None:
        old = self.cards
        pairs = match([card.scene for card in old], scenes)
        cards: list[SceneCard] = []
        for index, scene in enumerate(scenes):
            if index in pairs:
                card = old[pairs[index]]
                card.show(scene, changes.mark(scene))
            else:
                card = SceneCard(scene, changes.mark(scene))
                card.pick.observe(self._picked, names="value")
            cards.append(card)
        self.cards = cards
        self.grid.children = tuple(cards)
        kept = set(pairs.values())
        for index, card in enumerate(old):
            if index not in kept:  # its scene is gone, and its pick with it
                close_tree(card)

    def _picked(self, _change: dict[str, Any]) -> None:
        self.on_pick()

    def selected(self) -> tuple[Scene, ...]:
        """The scenes the user picked for scene-level feedback, in order (none picked: empty)."""
        return tuple(card.scene for card in self.cards if card.pick.value)

    def clear_selection(self) -> None:
        """Unpick every scene (after their feedback was sent)."""
        for card in self.cards:
            card.pick.value = False
