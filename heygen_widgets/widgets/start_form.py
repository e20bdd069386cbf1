"""The start form behind `SessionPanel.new()`: prompt, pickers with previews, options, Start.

It wears the panel's frame and stylesheet (`style.STYLE`), so the form and the panel it becomes
look like one thing. Every field says its own error beside it, in the panel's error style.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import UncertainOutcomeError
from heygen_widgets.session import Choice, Connection, Session
from heygen_widgets.widgets._actions import Guard, report, run_guarded
from heygen_widgets.widgets._wiring import Wiring, close_tree
from heygen_widgets.widgets.html import image, text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.panel import SessionPanel
from heygen_widgets.widgets.pickers import ANY, ChoicePicker
from heygen_widgets.widgets.prompt_field import PromptField
from heygen_widgets.widgets.runtime import Runner, default_runner
from heygen_widgets.widgets.style import STYLE

__all__ = ["ANY", "UNCERTAIN_START", "StartForm"]

UNCERTAIN_START = (
    "HeyGen did not confirm the new session; it may exist already (see your sessions in HeyGen, or "
    "connection.sessions()). Press Start anyway only to start another."
)
CHAT_ONLY = "Brand kits apply in chat mode (HeyGen's current API) only; the interactive family has none."
STILL_START = "You can still start: the agent chooses."


def _radio(options: list[tuple[str, str]], css: str) -> w.RadioButtons:
    radio = w.RadioButtons(options=options, layout=w.Layout(width="auto"))
    radio.add_class(css)
    return radio


def _field(title: str, widget: w.Widget) -> w.VBox:
    box = w.VBox([w.HTML(f'<div class="hgw-field-label">{text(title)}</div>'), widget])
    box.add_class("hgw-option")
    return box


class StartForm(w.VBox):
    """Fill in, press Start, and the form becomes the session's panel (``.panel``).

    Start is off while the prompt is empty or over HeyGen's limit (its tooltip says why). It
    ignores clicks while a session is being created, so a double click starts one session; any
    failure shows as one line under it, and Start works again.
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
        title = w.HTML('<div class="hgw-title"><h3>New video</h3></div>')
        self.where = w.HTML(f'<div class="hgw-where">Connected to {text(self.connection.where)}.</div>')
        self.prompt_field = PromptField(self.updating)
        self.prompt = self.prompt_field.text
        self.avatar = ChoicePicker("Avatar", "picture", self.updating, show_detail=False)
        self.voice = ChoicePicker("Voice", "voice", self.updating)
        self.style = ChoicePicker("Style", "picture", self.updating)
        self.brand_kit = ChoicePicker("Brand kit", "brand", self.updating)
        # Side by side where they fit (style and brand kit, on a wide page), stacked where not.
        pickers = w.HBox(
            [self.avatar, self.voice, self.style, self.brand_kit], layout=w.Layout(flex_flow="row wrap")
        )
        pickers.add_class("hgw-pickers")
        top = (w.HTML(STYLE), title, self.where, self.prompt_field)
        super().__init__([*top, pickers, self._build_options(), self._build_start(), self.error])
        self.add_class("hgw-panel")
        self.add_class("hgw-start-form")
        self._wiring.click(self.start, self.submit)
        self._wiring.observe(self.prompt, lambda _c: self._prompt_changed(), "value")
        self._wiring.observe(self.family, lambda _c: self._show_family(), "value")
        for picker in (self.avatar, self.voice, self.style, self.brand_kit):
            self._wiring.observe(picker, lambda _c: self._show_preview(), "value")
        self._show_start()

    def _build_options(self) -> w.HBox:
        self.orientation = _radio(
            [("Auto", ""), ("Landscape", "landscape"), ("Portrait", "portrait")], "hgw-orientation"
        )
        self.mode = _radio(
            [("Review the storyboard first", "chat"), ("Straight to video", "generate")], "hgw-mode"
        )
        self.family = _radio(
            [("Chat mode (current API)", "chat"), ("Interactive sessions", "sessions")], "hgw-family"
        )
        options = w.HBox(
            [_field("Orientation", self.orientation), _field("Mode", self.mode), _field("API", self.family)],
            layout=w.Layout(flex_flow="row wrap"),
        )
        options.add_class("hgw-options")
        return options

    def _build_start(self) -> w.HBox:
        self.start = w.Button(description="Start", icon="play", button_style="primary")
        self.start.add_class("hgw-start")
        self.hint = w.HTML()  # why Start is off, while the prompt's own error line is not shown yet
        self.hint.add_class("hgw-start-hint")
        self.preview = w.HTML()  # what was chosen, in one line by Start
        self.preview.add_class("hgw-start-summary")
        self.error = w.HTML()
        self.error.add_class("hgw-start-error")
        row = w.HBox(
            [self.start, self.hint, self.preview], layout=w.Layout(flex_flow="row wrap", align_items="center")
        )
        row.add_class("hgw-start-row")
        return row

    def __repr__(self) -> str:
        """Cheap: where it connects and whether a session started."""
        started = self.panel.session.session_id if self.panel else None
        return f"StartForm(connected to {self.connection.where}, session={started!r})"

    # -- the pickers -------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        """Fill each picker on its own: one that fails says so beside it, and the others still fill."""
        loads: list[tuple[ChoicePicker, str, Callable[[], list[Choice]]]] = [
            (self.avatar, "avatars", self.connection.avatars),
            (self.voice, "voices", self.connection.voices),
            (self.style, "styles", self.connection.styles),
            (self.brand_kit, "brand kits", self.connection.brand_kits),
        ]
        for picker, what, load in loads:
            try:
                picker.fill(load())
            except Exception as error:  # told beside the field; the form stays usable
                picker.fail(f"{report(f'load the {what}', error)} {STILL_START}")

    def _pickers_failed(self, error: BaseException) -> None:
        self._say(f"{report('load the avatars, voices, styles and brand kits', error)} {STILL_START}")

    def _show_family(self) -> None:
        self.brand_kit.disable(CHAT_ONLY if self.family.value != "chat" else "")
        self._show_preview()

    def _show_preview(self) -> None:
        """One line by Start of what was chosen, with tiny thumbnails (the cards above stay as they are)."""
        parts = []
        for picker in self._pickers_in_use():
            choice = picker.choice(picker.value)
            if choice is None:
                continue
            thumb = (
                image(choice.preview_url, choice.name, "hgw-summary-thumb") if picker.kind != "voice" else ""
            )
            parts.append(
                f'<span class="hgw-summary-item">{thumb}{text(picker.title)}: {text(choice.name)}</span>'
            )
        with self.updating:
            self.preview.value = " ".join(parts)

    def _pickers_in_use(self) -> list[ChoicePicker]:
        pickers = [self.avatar, self.voice, self.style, self.brand_kit]
        return [p for p in pickers if not p.disabled]

    # -- the prompt and Start ----------------------------------------------------------------------

    def _prompt_changed(self) -> None:
        if self.prompt.value:
            self.prompt_field.touched = True
        self._show_start()

    def _say(self, line: str) -> None:
        with self.updating:
            self.error.value = f'<div class="hgw-error">{text(line)}</div>' if line else ""

    def _show_start(self) -> None:
        problem = self.prompt_field.show()
        with self.updating:
            busy = self._started or self._guard.running is not None
            self.start.disabled = busy or bool(problem)
            self.start.tooltip = problem or ("Starting…" if busy else "Start the session")
            self.hint.value = text(problem) if problem and not self.prompt_field.touched else ""

    def options(self) -> dict[str, str]:
        """The `Connection.create` options chosen now (what the agent chooses is left out)."""
        chosen = {
            "family": self.family.value,
            "mode": self.mode.value,
            "orientation": self.orientation.value,
            "avatar_id": self.avatar.value,
            "voice_id": self.voice.value,
            "style_id": self.style.value,
            "brand_kit_id": "" if self.brand_kit.disabled else self.brand_kit.value,
        }
        return {k: v for k, v in chosen.items() if v}

    def submit(self) -> None:
        """Create the session (on the worker); on success the form is replaced by the panel.

        An invalid prompt is told beside the box and nothing is sent; a click while a session is
        being created (or after one started) is ignored.
        """
        if self._started:
            return
        self.prompt_field.touched = True
        if self.prompt_field.problem():
            self._show_start()
            return
        prompt, options = self.prompt.value, self.options()
        run_guarded(
            self._guard, "start", self.runner, lambda: self._create(prompt, options), self._start_failed
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
            self.remove_class("hgw-panel")  # the panel inside has the frame now: one border, not two
            self.remove_class("hgw-start-form")
            for widget in form:  # the form is gone for good: close it, nothing of it stays open
                close_tree(widget)
            self._wiring.undo()

    def close(self) -> None:
        """Close the form, or the panel it became, and every widget under it."""
        with self.updating:
            if self.panel is not None:
                self.panel.close()
            close_tree(self, self._wiring)
