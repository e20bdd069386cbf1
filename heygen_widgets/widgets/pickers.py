"""A picker of avatars, voices, styles or brand kits: small cards, one chosen at a time.

A dropdown clips long names ("Amira (office) (voice_warm_") and shows no picture; here each
choice is a card with a small thumbnail (or a voice's audio preview, or a brand kit's logo and
colours), its whole name, and a toggle. "Let the agent choose" is always the first card, so a
picker that could not load still leaves a valid choice.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Literal

import ipywidgets as w
from traitlets import TraitError, Unicode, validate

from heygen_widgets.session import Choice
from heygen_widgets.widgets._wiring import close_tree
from heygen_widgets.widgets.html import image, safe_url, text

ANY = "Let the agent choose"
Kind = Literal["picture", "voice", "brand"]
_HEX = re.compile(r"#[0-9A-Fa-f]{3,8}")  # only a colour like this goes into a style attribute


def label(choice: Choice) -> str:
    """The choice's name with its detail, as one line of text."""
    return f"{choice.name} ({choice.detail})" if choice.detail else choice.name


def _swatches(colors: tuple[str, ...]) -> str:
    return "".join(
        f'<span class="hgw-swatch" style="background:{c}" title="{text(c)}"></span>'
        for c in colors[:6]
        if _HEX.fullmatch(c)
    )


def card_html(choice: Choice | None, kind: Kind, *, show_detail: bool = True) -> str:
    """The card's face: thumbnail, name and detail, every API text escaped and every URL checked."""
    if choice is None:  # a voice has no picture: its "agent chooses" card has none either
        face = (
            ""
            if kind == "voice"
            else '<div class="hgw-choice-thumb hgw-choice-any" aria-hidden="true">✦</div>'
        )
        return f'{face}<div class="hgw-choice-name">{ANY}</div>'
    name = f'<div class="hgw-choice-name">{text(choice.name)}</div>'
    shown = choice.detail if show_detail else None
    detail = f'<div class="hgw-choice-detail">{text(shown)}</div>' if shown else ""
    if kind == "voice":
        url = safe_url(choice.preview_url)
        audio = (
            f'<audio class="hgw-voice-preview" controls preload="none" src="{url}"></audio>' if url else ""
        )
        return f"{name}{detail}{audio}"
    thumb = f'<div class="hgw-choice-thumb">{image(choice.preview_url, choice.name, "hgw-choice-img")}</div>'
    if kind == "brand":
        return f'{thumb}{name}<div class="hgw-swatches">{_swatches(choice.colors)}</div>'
    return f"{thumb}{name}{detail}"


class ChoicePicker(w.VBox):
    """A labelled row of choice cards that wraps on a narrow page; ``value`` is the chosen id."""

    value = Unicode("", help="The chosen id; empty when the agent chooses.")

    def __init__(
        self, title: str, kind: Kind, updating: threading.RLock, *, show_detail: bool = True
    ) -> None:
        """``title`` names the field ("Avatar"); ``updating`` is the form's lock."""
        self.kind = kind
        self.title = title
        self.show_detail = show_detail
        self._updating = updating
        self._choices: dict[str, Choice] = {}
        self._cards: dict[str, tuple[w.VBox, w.ToggleButton]] = {}
        self._syncing = False
        self._reason = ""
        self.heading = w.HTML(f'<div class="hgw-field-label">{text(title)}</div>')
        self.cards = w.HBox(layout=w.Layout(flex_flow="row wrap"))
        self.note = w.HTML(f'<div class="hgw-field-note">Loading the {text(title.lower())}s…</div>')
        self.error = w.HTML()
        for widget, css in ((self.cards, "hgw-choices"), (self.note, "hgw-field-note-box")):
            widget.add_class(css)
        self.error.add_class("hgw-field-error")
        super().__init__([self.heading, self.cards, self.note, self.error])
        self.add_class("hgw-picker")
        self.add_class(f"hgw-picker-{kind}")
        self.observe(self._show_value, names="value")
        self._build_cards()

    def __repr__(self) -> str:
        """Cheap: the field and the choice."""
        return f"ChoicePicker({self.title!r}, value={self.value!r}, {len(self._choices)} choices)"

    @property
    def options(self) -> list[tuple[str, str]]:
        """``(label, id)`` of each choice, "Let the agent choose" (id ``""``) first."""
        return [(ANY, ""), *[(label(c), c.id) for c in self._choices.values()]]

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with this id, if offered."""
        return self._choices.get(choice_id)

    @validate("value")
    def _known(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"] or "")
        if value and value not in self._choices:
            raise TraitError(f"{self.title}: {value!r} is not one of the choices offered")
        return value

    def fill(self, choices: list[Choice]) -> None:
        """Offer these choices (after "Let the agent choose"); the current one stays if still offered."""
        with self._updating, self.hold_sync():
            self._choices = {c.id: c for c in choices}
            if self.value not in self._choices:
                self.value = ""
            self._build_cards()
            none = f'<div class="hgw-field-note">No {text(self.title.lower())}s offered.</div>'
            self.note.value = "" if choices else none

    def fail(self, line: str) -> None:
        """Say, beside the field, why the choices could not load ("" clears it)."""
        with self._updating:
            self.note.value = ""
            self.error.value = f'<div class="hgw-error">{text(line)}</div>' if line else ""

    def disable(self, reason: str) -> None:
        """Turn the cards off and say why; an empty ``reason`` turns them on again."""
        with self._updating, self.hold_sync():
            self._reason = reason
            for _card, toggle in self._cards.values():
                toggle.disabled = bool(reason)
            self.note.value = f'<div class="hgw-field-note">{text(reason)}</div>' if reason else ""
            if reason:
                self.add_class("hgw-picker-off")
            else:
                self.remove_class("hgw-picker-off")

    @property
    def disabled(self) -> bool:
        """True while the cards are off (see `disable`)."""
        return bool(self._reason)

    def _build_cards(self) -> None:
        old = self.cards.children
        self._cards = {}
        for choice_id, choice in [("", None), *self._choices.items()]:
            self._cards[choice_id] = self._card(choice_id, choice)
        self.cards.children = tuple(card for card, _toggle in self._cards.values())
        for card in old:  # the old cards (and their toggles' callbacks) go for good
            close_tree(card)

    def _card(self, choice_id: str, choice: Choice | None) -> tuple[w.VBox, w.ToggleButton]:
        tip = f"Choose {label(choice)}" if choice else f"{ANY} ({self.title.lower()})"
        toggle = w.ToggleButton(tooltip=tip, disabled=bool(self._reason), layout=w.Layout(width="100%"))
        toggle.add_class("hgw-choose")
        toggle.observe(lambda change: self._toggled(choice_id, change["new"]), names="value")
        card = w.VBox([w.HTML(card_html(choice, self.kind, show_detail=self.show_detail)), toggle])
        card.add_class("hgw-choice")
        card.add_class(f"hgw-choice-{self.kind}")
        self._mark(card, toggle, choice_id == self.value)
        return card, toggle

    def _mark(self, card: w.VBox, toggle: w.ToggleButton, chosen: bool) -> None:
        self._syncing = True  # setting the toggle here is not the user's click
        try:
            toggle.value = chosen
            toggle.description = "Chosen" if chosen else "Choose"
            toggle.icon = "check" if chosen else ""
            toggle.button_style = "info" if chosen else ""
            (card.add_class if chosen else card.remove_class)("hgw-chosen")
        finally:
            self._syncing = False

    def _toggled(self, choice_id: str, on: bool) -> None:
        if self._syncing:
            return
        with self._updating:
            if on:
                self.value = choice_id
            elif self.value == choice_id:
                self.value = ""  # the chosen card pressed again: back to "Let the agent choose"
            self._show_value()

    def _show_value(self, _change: object = None) -> None:
        with self._updating:
            for choice_id, (card, toggle) in self._cards.items():
                self._mark(card, toggle, choice_id == self.value)
