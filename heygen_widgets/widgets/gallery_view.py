"""What the gallery shows: one compact card per prompt, and the results table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets.html import image, link, text

COLUMNS = ("prompt", "session_id", "status", "title", "duration", "video_url", "note")


def card_html(prompt: str, snapshot: Snapshot | None, note: str = "", *, failed: bool = False) -> str:
    """A compact card: title, status, progress, first scene, video link; ``note`` says what is wrong."""
    shown = f'<div class="hgw-error">{text(note)}</div>' if failed or snapshot is not None else ""
    if snapshot is None:
        state = "" if failed else f"<div>{text(note or 'queued')}</div>"
        css = "hgw-gcard hgw-gcard-failed" if failed else "hgw-gcard"
        return f'<div class="{css}"><b>{text(prompt[:60])}</b>{state}{shown}</div>'
    thumb = snapshot.storyboard[0].thumbnail_url if snapshot.storyboard else None
    video = snapshot.video.url if snapshot.video and snapshot.video.ready else None
    return (
        f'<div class="hgw-gcard">{image(thumb, "first scene", "hgw-inline-thumb") if thumb else ""}'
        f"<b>{text(snapshot.title or prompt[:60])}</b>"
        f'<div><span class="hgw-badge hgw-{snapshot.phase.value}">{text(snapshot.status)}</span> '
        f"{snapshot.progress}% {link(video, 'video') if video else ''}</div>{shown}</div>"
    )


def result_row(
    prompt: str, session_id: str | None, snapshot: Snapshot | None, note: str, *, failed: bool
) -> dict[str, Any]:
    """One row of the results: what is known of this prompt's session, and why it did not finish."""
    video = snapshot.video if snapshot else None
    status = snapshot.status if snapshot else ("not started" if failed else "queued")
    return {
        "prompt": prompt,
        "session_id": session_id,
        "status": status,
        "title": snapshot.title if snapshot else None,
        "duration": video.duration if video else None,
        "video_url": video.url if video and video.ready else None,
        "note": note or None,
    }


def table_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """The results as an HTML table (escaped; the video as a link)."""
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{link(v, 'open') if k == 'video_url' and v else text(v or '')}</td>" for k, v in row.items()
        )
        + "</tr>"
        for row in rows
    )
    return f'<table class="hgw-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
