"""Ctrl/Cmd+Enter: the browser appends a mark to the text, and the box sends what came before it.

The request to send travels in the text itself, so it can never arrive before the last characters
typed (a click sent beside the text could: ipywidgets holds a text update back while an earlier
one is unanswered, and a click is not held).
"""

from __future__ import annotations

from heygen_widgets.widgets.feedback import FeedbackBox
from heygen_widgets.widgets.keys import KEYS, SEND_MARK
from heygen_widgets.widgets.runtime import Inline
from tests.widgets.test_box_limits import snap


def box_sending_into(sent: list[str]) -> FeedbackBox:
    box = FeedbackBox(lambda message, _files: sent.append(message), lambda _fresh: None, Inline())
    box.button.on_click(lambda _button: box.submit())
    return box


def from_browser(box: FeedbackBox, value: str) -> None:
    """What the browser's update does: the same path as a comm message (`set_state`)."""
    box.text.set_state({"value": value})


def test_the_mark_sends_the_whole_text_and_never_reaches_heygen() -> None:
    sent: list[str] = []
    box = box_sending_into(sent)
    box.render(snap("reviewing", last="model"))
    from_browser(box, "Make scene 2 shorter")
    from_browser(box, "Make scene 2 shorter, please" + SEND_MARK)
    assert sent == ["Make scene 2 shorter, please"]
    assert SEND_MARK not in box.text.value


def test_the_mark_while_send_is_off_sends_nothing_and_says_why() -> None:
    sent: list[str] = []
    box = box_sending_into(sent)
    box.render(snap("thinking"))  # the agent is working
    from_browser(box, "Add a scene about testing" + SEND_MARK)
    assert sent == []
    assert box.text.value == "Add a scene about testing"  # kept, without the mark
    assert box.error.value and "hgw-error" in box.error.value


def test_a_mark_inside_the_text_is_dropped_without_sending() -> None:
    sent: list[str] = []
    box = box_sending_into(sent)
    box.render(snap("reviewing", last="model"))
    from_browser(box, f"pasted{SEND_MARK} text")
    assert sent == [] and box.text.value == "pasted text"


def test_the_browser_snippet_appends_the_mark_and_clicks_nothing() -> None:
    assert "\\u2063" in KEYS and ".click()" not in KEYS
