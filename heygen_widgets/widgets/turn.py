"""Whose turn it is, in words: what is happening and what the user can do now.

The one owner of the header's sentences. A status HeyGen adds tomorrow gets words too: it is
named as HeyGen says it, and the panel keeps reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from heygen_widgets.snapshot import Phase, Snapshot


class Whose(StrEnum):
    """Who moves next; the header's colour follows it."""

    AGENT = "agent"  # the agent drafts or HeyGen renders: wait (or stop)
    USER = "user"  # the agent waits for the user
    DONE = "done"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Turn:
    """The header's words for one snapshot.

    Attributes:
        whose: Who moves next.
        headline: What is happening, in one sentence.
        action: What the user can do now ("" when there is nothing to do but wait).
    """

    whose: Whose
    headline: str
    action: str = ""


DRAFTING = "The agent is drafting the storyboard…"
REVISING = "The agent is revising the storyboard…"
EDITING = "The agent is editing the video…"
READING = "The agent is reading your message…"
REVIEW = "Your turn: review the storyboard, then send feedback or approve"
QUESTION = "The agent has a question: answer it below"
STOPPED = "Stopped: send a message to continue"
APPROVED = "Approved: waiting for HeyGen to start the render"
RENDERING = "Rendering your video"
READY = "Your video is ready"
FETCHING = "HeyGen says the video is done; fetching it…"
FAILED = "The video could not be made"
STOP_HINT = "Stop halts it; what is made so far is kept."
RENDER_HINT = "Renders take 20 to 45 minutes; you can leave this open or come back later."
EDIT_HINT = "Play it below or download it; send a message to ask for an edit."
READY_HINT = "Play it below or download it."
AGAIN_HINT = "Start again below: the same prompt, in a new session."
NEW_HINT = "Create a new session to try again."
AGAIN_FORWARD = "Start again makes a new session with the same prompt; this one stays as it is."


def unknown_headline(status: str) -> str:
    """The words for a status this version does not know."""
    return f"HeyGen says {status}; this version does not know it — the panel keeps reading"


def turn_of(snapshot: Snapshot, *, approving: bool = False, can_restart: bool = False) -> Turn:
    """What ``snapshot`` means for the user.

    Args:
        snapshot: The session as last read.
        approving: The panel just approved and HeyGen has not moved since.
        can_restart: "Start again" is offered (the panel knows the prompt and the connection).
    """
    phase = snapshot.phase
    if phase is Phase.FAILED:
        return Turn(
            Whose.FAILED, f"{FAILED}: {snapshot.failure_reason}", AGAIN_HINT if can_restart else NEW_HINT
        )
    if phase is Phase.UNKNOWN:
        return Turn(Whose.UNKNOWN, unknown_headline(snapshot.status), STOP_HINT)
    if phase is Phase.RENDERING:
        return Turn(Whose.AGENT, RENDERING, RENDER_HINT)
    return _not_rendering(snapshot, approving=approving)


def _not_rendering(snapshot: Snapshot, *, approving: bool) -> Turn:
    phase = snapshot.phase
    if approving or (phase is Phase.REVIEW and snapshot.approved_last):
        return Turn(Whose.AGENT, APPROVED)
    if snapshot.awaiting_reply and phase in (Phase.REVIEW, Phase.DONE):
        return Turn(Whose.AGENT, READING)  # HeyGen has not moved off its status yet
    if phase is Phase.WORKING:
        return Turn(Whose.AGENT, _drafting(snapshot), STOP_HINT)
    if phase is Phase.DONE:
        return _done(snapshot)
    return _review(snapshot)


def _drafting(snapshot: Snapshot) -> str:
    if snapshot.video is not None and snapshot.video.ready:
        return EDITING  # a message after the video: HeyGen edits it
    return REVISING if snapshot.storyboard else DRAFTING


def _done(snapshot: Snapshot) -> Turn:
    if snapshot.video is not None and not snapshot.video.ready:
        return Turn(Whose.AGENT, FETCHING)
    return Turn(Whose.DONE, READY, EDIT_HINT if snapshot.can_send else READY_HINT)


def _review(snapshot: Snapshot) -> Turn:
    """The agent waits: for an answer, for a review, or after a stop, for any message."""
    if snapshot.status == "waiting_for_input" or _asked(snapshot):
        return Turn(Whose.USER, QUESTION)
    if not snapshot.storyboard:
        return Turn(Whose.USER, STOPPED)  # "reviewing" with nothing to review: a stop mid-draft
    return Turn(Whose.USER, REVIEW)


def _asked(snapshot: Snapshot) -> bool:
    """The agent's last word is a question and there is no storyboard to review (the sessions family)."""
    said = [m.content.strip() for m in snapshot.messages if m.role == "model" and not m.is_error]
    return not snapshot.storyboard and bool(said) and said[-1].endswith("?")


def revision_label(number: int, *, ready: bool) -> str:
    """The label of a draft made after ``number`` videos: "Revision 1: editing the video"."""
    if number <= 0:
        return ""
    return f"Revision {number} of the video" if ready else f"Revision {number}: editing the video"
