"""The start form behind `SessionPanel.new()`: prompt, options and pickers with previews."""

from __future__ import annotations

import threading
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import UncertainOutcomeError
from heygen_widgets.session import Choice, Connection, Session
from heygen_widgets.widgets._actions import Guard, report, run_guarded
from heygen_widgets.widgets._wiring import Wiring, close_tree
from heygen_widgets.widgets.html import image, text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.panel import SessionPanel
from heygen_widgets.widgets.runtime import Runner, default_runner

ANY = "Let the agent choose"
UNCERTAIN_START = (
    "HeyGen did not confirm the new session; it may exist already (see your sessions in HeyGen, or "
    "connection.sessions()). Press Start anyway only to start another."
)


class StartForm(w.VBox):
    """Fill in, press Start, and the form becomes the session's panel (``.panel``).

    Start ignores clicks while a session is being created, so a double click starts one session;
    any failure shows as one line under it, and Start works again.
    """

    def __init__(self, connection: Connection, *, runner: Runner | None = None, **panel_options: Any) -> None:
        """Build the form; the pickers fill in from the API without blocking the cell."""
        self.connection = connection
        self.runner = runner or default_runner()
        self.panel_options = {"runner": self.runner, **panel_options}
        self.panel: SessionPanel | None = None
        self.updating = threading.RLock()  # held while the form changes what it shows
        self._wiring = Wiring()
        self._guard = Guard(self._show_start)
        self._started = False
        follow_views(self, self.updating)
        self._build()
        run_guarded(Guard(), "load the pickers", self.runner, self._load_choices, self._pickers_failed)

    def _build(self) -> None:
        self.where = w.HTML(f'<div class="hgw-where">Connected to {text(self.connection.where)}.</div>')
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
        self._wiring.click(self.start, self.submit)
        for picker in (self.avatar, self.style):
            self._wiring.observe(picker, lambda _c: self._show_preview(), "value")
        pickers = w.VBox([self.avatar, self.voice, self.style])
        options = w.HBox([w.VBox([self.orientation, self.mode, self.family]), pickers, self.preview])
        super().__init__([self.where, self.prompt, options, self.start, self.error])
        self.add_class("hgw-start-form")

    def __repr__(self) -> str:
        """Cheap: where it connects and whether a session started."""
        started = self.panel.session.session_id if self.panel else None
        return f"StartForm(connected to {self.connection.where}, session={started!r})"

    def _load_choices(self) -> None:
        found = (self.connection.avatars(), self.connection.voices(), self.connection.styles())
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

    def _pickers_failed(self, error: BaseException) -> None:
        line = report("load the avatars, voices and styles", error)
        self._say(f"{line} You can still start: the agent chooses.")

    def _say(self, line: str) -> None:
        with self.updating:
            self.error.value = f'<span class="hgw-error">{text(line)}</span>' if line else ""

    def _show_start(self) -> None:
        with self.updating:
            self.start.disabled = self._started or self._guard.running is not None

    def submit(self) -> None:
        """Create the session (on the worker); on success the form is replaced by the panel.

        A click while a session is being created (or after one started) is ignored.
        """
        if self._started:
            return
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
        run_guarded(
            self._guard,
            "start",
            self.runner,
            lambda: self._create(prompt, options),
            self._start_failed,
        )

    def _start_failed(self, error: BaseException) -> None:
        line = report("start the session", error)
        if isinstance(error, UncertainOutcomeError):
            # The session may exist (and cost credits): a new start must be a deliberate choice.
            line = f"{UNCERTAIN_START} {line}"
            with self.updating:
                self.start.description = "Start anyway"
        self._say(line)

    def _create(self, prompt: str, options: dict[str, Any]) -> None:
        if self._started:
            return
        self._say("")
        with self.updating:
            self.start.description = "Start"
        # One try: a full job limit is said at once (press Start again later), not slept on a worker.
        session = self.connection.create(prompt, patient=False, **options)
        self._started = True  # from here on Start stays off: the session exists
        try:
            self._show_panel(session, prompt, options)
        except Exception as error:
            self._say(report(f"show session {session.session_id}", error))

    def _show_panel(self, session: Session, prompt: str, options: dict[str, Any]) -> None:
        panel = SessionPanel(
            session,
            show_app_link=not self.connection.simulated,
            connection=self.connection,
            prompt=prompt,
            create_options=options,
            **self.panel_options,
        )
        with self.updating:
            self.panel = panel
            form: tuple[w.Widget, ...] = tuple(self.children)
            self.children: tuple[w.Widget, ...] = (panel,)
            for widget in form:  # the form is gone for good: close it, nothing of it stays open
                close_tree(widget)
            self._wiring.undo()

    def close(self) -> None:
        """Close the form, or the panel it became, and every widget under it."""
        with self.updating:
            if self.panel is not None:
                self.panel.close()
            close_tree(self, self._wiring)
