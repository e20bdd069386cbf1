"""A readable, static rendering of a snapshot for places without a live kernel."""

from __future__ import annotations

from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.message_log import message_html
from heygen_widgets.widgets.result import failure_html, video_html
from heygen_widgets.widgets.storyboard import card_html
from heygen_widgets.widgets.style import STYLE


def plain(snapshot: Snapshot) -> str:
    """One line for text-only viewers."""
    title = snapshot.title or "Untitled session"
    return (
        f"Video Agent session {snapshot.session_id} ({snapshot.family}): {title!r}, {snapshot.status}, "
        f"{snapshot.progress}%, {len(snapshot.messages)} messages, {len(snapshot.storyboard)} scenes"
    )


def html(snapshot: Snapshot) -> str:
    """The panel as it last looked: header, messages, storyboard and the video or failure."""
    messages = "".join(message_html(m, snapshot) for m in snapshot.messages[-20:])
    cards = "".join(card_html(i + 1, r) for i, r in enumerate(snapshot.storyboard))
    if snapshot.video is not None and snapshot.video.ready:
        result = video_html(snapshot.video)
    elif snapshot.phase is Phase.FAILED:
        result = failure_html(snapshot)
    else:
        result = ""
    return (
        f'{STYLE}<div class="hgw-panel hgw-static">'
        f"<h3>{text(snapshot.title or 'Untitled session')}</h3>"
        f'<p><span class="hgw-badge hgw-{snapshot.phase.value}">{text(snapshot.status)}</span> '
        f"{snapshot.progress}% · <code>{text(snapshot.session_id)}</code> · {text(snapshot.family)}</p>"
        f'<div class="hgw-log">{messages}</div><div class="hgw-grid">{cards}</div>{result}</div>'
    )
