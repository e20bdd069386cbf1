"""What each poller event means for a running row's ledger entry."""

from __future__ import annotations

from typing import Any

from heygen_widgets.batch.ledger import State
from heygen_widgets.errors import HeyGenError
from heygen_widgets.poller import Changed, Event, Failed, Finished, Stuck, TimedOut
from heygen_widgets.snapshot import Phase, Snapshot

MAX_LINE = 300
OUT_OF_CREDITS = frozenset({"insufficient_credit", "insufficient_credits"})  # HeyGen's codes for it


def one_line(error: BaseException | str) -> str:
    """An error (or text) as one short line; a `HeyGenError`'s message is already redacted."""
    if isinstance(error, HeyGenError):
        text = error.message
    elif isinstance(error, BaseException):
        text = f"{type(error).__name__}: {error}"
    else:
        text = error
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


def _seen(snapshot: Snapshot) -> dict[str, Any]:
    return {"status": snapshot.status, "title": snapshot.title, "video_id": snapshot.video_id}


def _finished(snapshot: Snapshot) -> dict[str, Any]:
    video = snapshot.video
    if snapshot.phase is Phase.FAILED:
        return {**_seen(snapshot), "state": State.FAILED, "error": one_line(snapshot.failure_reason)}
    if video is not None and video.ready:
        return {
            **_seen(snapshot),
            "state": State.FINISHED,
            "video_id": video.id,
            "video_url": video.url,
            "duration": video.duration,
            "error": None,
        }
    return {
        **_seen(snapshot),
        "state": State.FAILED,
        "error": f"The session ended ('{snapshot.status}') without a video.",
    }


def _failed(event: Failed) -> tuple[dict[str, Any], bool]:
    if event.retry_in is None:  # fatal: the poller stopped watching it
        return {"state": State.FAILED, "error": f"stopped watching: {one_line(event.error)}"}, True
    return {"error": f"retrying in {event.retry_in:.0f} s: {one_line(event.error)}"}, False


TIMED_OUT = "gave up watching: no outcome before the poller's deadline (it may still finish at HeyGen)"


def out_of_credits(event: Event) -> str | None:
    """Why no more rows should start, when this event is a render refused for want of credits."""
    if not isinstance(event, Finished):
        return None
    video = event.snapshot.video
    if video is not None and video.failed and video.failure_code in OUT_OF_CREDITS:
        return f"Stopped starting rows: {one_line(event.snapshot.failure_reason)}"
    return None


def changes(event: Event) -> tuple[dict[str, Any], bool]:
    """The ledger fields a poller event sets on a running row, and whether its watch is over."""
    if isinstance(event, Finished):
        return _finished(event.snapshot), True
    if isinstance(event, Changed):
        return {**_seen(event.snapshot), "error": None}, False
    if isinstance(event, Failed):
        return _failed(event)
    if isinstance(event, Stuck):
        return {"error": f"stuck: no change for {event.quiet_for / 60:.0f} min"}, False
    if isinstance(event, TimedOut):
        return {"state": State.FAILED, "error": TIMED_OUT}, True
    return {}, False  # Throttled: nothing to record
