"""The start form's prompt: a roomy box, a character counter near HeyGen's limit, its error beside it."""

from __future__ import annotations

import threading

import ipywidgets as w

from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.session.validate import MAX_TEXT, check_text
from heygen_widgets.widgets.html import text

# The spec's CreateVideoAgentRequest.prompt has maxLength 10,000 (MAX_TEXT); the counter shows
# from here on, so a long prompt is seen coming before Start turns off.
SHOW_COUNT_FROM = int(MAX_TEXT * 0.9)


def prompt_problem(prompt: str) -> str:
    """Why ``prompt`` cannot start a session, in one line ("" when it can); the session layer's rule."""
    try:
        check_text("prompt", prompt)
    except InvalidParameterError as error:
        return error.message
    return ""


def counter_html(length: int) -> str:
    """The count as "9,500 / 10,000" near the limit, in the error colour over it; "" well below it."""
    if length < SHOW_COUNT_FROM:
        return ""
    over = length > MAX_TEXT
    note = f" ({length - MAX_TEXT:,} over)" if over else ""
    css = "hgw-counter hgw-over" if over else "hgw-counter"
    return f'<span class="{css}">{length:,} / {MAX_TEXT:,}{note}</span>'


class PromptField(w.VBox):
    """The prompt box with its counter and error line; `problem` says whether Start may run."""

    def __init__(self, updating: threading.RLock) -> None:
        """``updating`` is the form's lock, held while the field changes what it shows."""
        self._updating = updating
        self.touched = False  # an empty prompt is an error only once the user typed, or pressed Start
        self.label = w.HTML('<div class="hgw-field-label">Prompt</div>')
        self.text = w.Textarea(
            placeholder="What should the video be about? Who is it for, what should it cover, how long?",
            rows=6,
            layout=w.Layout(width="100%"),
        )
        self.text.add_class("hgw-prompt")
        self.counter = w.HTML()
        self.counter.add_class("hgw-prompt-count")
        self.error = w.HTML()
        self.error.add_class("hgw-prompt-error")
        self.error.add_class("hgw-field-error")
        below = w.HBox([self.error, self.counter], layout=w.Layout(justify_content="space-between"))
        below.add_class("hgw-prompt-below")
        super().__init__([self.label, self.text, below])
        self.add_class("hgw-prompt-field")

    def problem(self) -> str:
        """Why the prompt cannot be sent now ("" when it can)."""
        return prompt_problem(self.text.value)

    def show(self) -> str:
        """Update the counter and the error line for the current prompt; return its problem."""
        value = self.text.value
        problem = prompt_problem(value)
        shown = problem if (self.touched or len(value) > MAX_TEXT) else ""
        with self._updating:
            self.counter.value = counter_html(len(value))
            self.error.value = f'<div class="hgw-error">{text(shown)}</div>' if shown else ""
        return problem
