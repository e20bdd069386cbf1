"""What the feedback box says around the text: why Send is off, the counter, the scenes, the question."""

from __future__ import annotations

from collections.abc import Sequence

from heygen_widgets.scenes import Scene, scene_message
from heygen_widgets.session.validate import MAX_TEXT
from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets.html import text

# HeyGen's limit on a message (``maxLength`` of the message in both families' send-message
# requests: ``SendMessageRequest`` in the spec, ``InteractiveSendMessageRequest`` in our overlay).
LIMIT = MAX_TEXT
NEAR = 0.9  # the counter shows from 90 % of the limit on

EMPTY = "Type your feedback first."
READY = "Send your feedback to the agent (Ctrl+Enter or Cmd+Enter)"
SENDING = "Sending your message: wait a moment"
ASKS = "waiting_for_input"  # the status in which the agent's last message is a question

_OFF = {
    Phase.WORKING: "The agent is working: wait for its reply",
    Phase.RENDERING: "The video is rendering: wait for it to finish",
    Phase.DONE: "The video is finished: this session takes no more messages",
    Phase.FAILED: "The session failed: start again to try once more",
}


def off_reason(snapshot: Snapshot | None) -> str | None:
    """Why the session takes no message now, or None when it does."""
    if snapshot is None:
        return "The session has not been read yet: wait a moment"
    if snapshot.can_send:
        return None
    if snapshot.phase is Phase.UNKNOWN:
        return f"HeyGen says {snapshot.status!r}, which this version does not know: Refresh to look again"
    return _OFF.get(snapshot.phase, "The session takes no message now")


def too_long(length: int) -> str | None:
    """Why a message of ``length`` characters cannot be sent, or None when it can."""
    if length <= LIMIT:
        return None
    return (
        f"Your message is {length:,} characters; HeyGen takes at most {LIMIT:,}: "
        f"shorten it by {length - LIMIT:,}."
    )


def counter_html(length: int) -> str:
    """The character counter: nothing far from the limit, red over it."""
    if length < NEAR * LIMIT:
        return ""
    over = " hgw-over" if length > LIMIT else ""
    return f'<span class="hgw-count{over}">{length:,} / {LIMIT:,}</span>'


def about_html(scenes: Sequence[Scene]) -> str:
    """Which scenes the feedback is about (nothing when none is picked)."""
    if not scenes:
        return ""
    names = scene_message(scenes, "").removesuffix(": ")  # named as the message names them
    return f'<div class="hgw-about-line"><b>About:</b> {text(names)}</div>'


def question_html(snapshot: Snapshot) -> str:
    """The agent's question, while it waits for the answer (its last message)."""
    last = snapshot.messages[-1] if snapshot.messages else None
    if snapshot.status != ASKS or last is None or last.role != "model" or not last.content.strip():
        return ""
    body = text(last.content).replace("\n", "<br>")
    return f'<div class="hgw-question"><b>The agent asks:</b> {body}</div>'
