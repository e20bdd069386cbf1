"""The start form behind `SessionPanel.new()`: prompt, options and pickers with previews."""

from __future__ import annotations

import threading
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import HeyGenError
from heygen_widgets.session import Choice, Connection
from heygen_widgets.widgets.html import image, text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.panel import SessionPanel
from heygen_widgets.widgets.runtime import Runner, default_runner

ANY = "Let the agent choose"


class StartForm(w.VBox):
    """Fill in, press Start, and the form becomes the session's panel (``.panel``)."""

    def __init__(self, connection: Connection, *, runner: Runner | None = None, **panel_options: Any) -> None:
        """Build the form; the pickers fill in from the API without blocking the cell."""
        self.connection = connection
        self.runner = runner or default_runner()
        self.panel_options = {"runner": self.runner, **panel_options}
        self.panel: SessionPanel | None = None
        self.updating = threading.RLock()  # held while the form changes what it shows
        follow_views(self, self.updating)
        self.where = w.HTML(f'<div class="hgw-where">Connected to {text(connection.where)}.</div>')
        self.prompt = w.Textarea(placeholder="What should the video be about?", layout=w.Layout(width="100%"))
        self.orientation = w.Dropdown(
            options=[("Auto", ""), ("Landscape", "landscape"), ("Portrait", "portrait")],
            description="Orientation",
        )
        self.mode = w.Dropdown(
            options=[("Review the storyboard first", "chat"), ("Straight to video", "generate")],
            description="Mode",
        )
        self.family = w.Dropdown(
            options=[("Chat mode (current API)", "chat"), ("Interactive sessions", "sessions")],
            description="API",
        )
        self.avatar = w.Dropdown(options=[(ANY, "")], description="Avatar")
        self.voice = w.Dropdown(options=[(ANY, "")], description="Voice")
        self.style = w.Dropdown(options=[(ANY, "")], description="Style")
        self.preview = w.HTML()
        self.start = w.Button(description="Start", icon="play", button_style="primary")
        self.error = w.HTML()
        for widget, css in (
            (self.prompt, "hgw-prompt"),
            (self.start, "hgw-start"),
            (self.error, "hgw-start-error"),
        ):
            widget.add_class(css)
        self._choices: dict[str, Choice] = {}
        self.start.on_click(lambda _b: self.submit())
        for picker in (self.avatar, self.style):
            picker.observe(lambda _c: self._show_preview(), names="value")
        pickers = w.VBox([self.avatar, self.voice, self.style])
        options = w.HBox([w.VBox([self.orientation, self.mode, self.family]), pickers, self.preview])
        super().__init__([self.where, self.prompt, options, self.start, self.error])
        self.add_class("hgw-start-form")
        self.runner.submit(self._load_choices)

    def __repr__(self) -> str:
        """Cheap: where it connects and whether a session started."""
        started = self.panel.session.session_id if self.panel else None
        return f"StartForm(connected to {self.connection.where}, session={started!r})"

    def _load_choices(self) -> None:
        try:
            found = (self.connection.avatars(), self.connection.voices(), self.connection.styles())
        except HeyGenError as exc:
            with self.updating:
                self.error.value = f'<span class="hgw-error">Pickers unavailable: {text(exc.message)}</span>'
            return
        with self.updating:
            for picker, items in zip((self.avatar, self.voice, self.style), found, strict=True):
                self._choices.update({c.id: c for c in items})
                picker.options = [
                    (ANY, ""),
                    *[(f"{c.name} ({c.detail})" if c.detail else c.name, c.id) for c in items],
                ]

    def _show_preview(self) -> None:
        shown = [self._choices[v] for v in (self.avatar.value, self.style.value) if v in self._choices]
        with self.updating:
            self.preview.value = "".join(image(c.preview_url, c.name, "hgw-inline-thumb") for c in shown)

    def submit(self) -> None:
        """Create the session (on the worker); on success the form is replaced by the panel."""
        prompt = self.prompt.value
        options = {
            "family": self.family.value,
            "mode": self.mode.value,
            "orientation": self.orientation.value,
            "avatar_id": self.avatar.value,
            "voice_id": self.voice.value,
            "style_id": self.style.value,
        }
        options = {k: v for k, v in options.items() if v}
        with self.updating:
            self.start.disabled = True
            self.error.value = ""
        self.runner.submit(lambda: self._create(prompt, options))

    def _create(self, prompt: str, options: dict[str, str]) -> None:
        try:
            session = self.connection.create(prompt, **options)
        except HeyGenError as exc:
            with self.updating:
                self.error.value = f'<span class="hgw-error">{text(exc.message)}</span>'
                self.start.disabled = False
            return
        panel = SessionPanel(session, show_app_link=not self.connection.simulated, **self.panel_options)
        with self.updating:
            self.panel = panel
            self.children = (panel,)
