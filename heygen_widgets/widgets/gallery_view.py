"""What the gallery shows: one compact card per row, the overall progress, and the results table.

Everything here is a pure function of what the batch's ledger and the poller say about each row
(a `Card`), so the live gallery, its saved copy and `SessionGallery.results` read the same words.
Every text from HeyGen or from the rows is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from heygen_widgets.batch import Entry, State
from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets.html import image, link, text

COLUMNS = ("row", "prompt", "state", "session_id", "status", "title", "duration", "video_url", "note")
TITLE_CHARS = 60
TABLE_ROWS = 200  # beyond this the live table lists only the rows that need a look: every change re-sends it
# The badge colour of a row that has no snapshot yet (base.css colours the phases).
BADGE = {
    State.QUEUED: "",
    State.CREATING: Phase.WORKING.value,
    State.RUNNING: Phase.WORKING.value,
    State.FINISHED: Phase.DONE.value,
    State.FAILED: Phase.FAILED.value,
    State.CANCELLED: "",
}
WORDS = {  # a row's status in words while HeyGen has not said one
    State.QUEUED: "queued",
    State.CREATING: "creating",
    State.RUNNING: "starting",
    State.FINISHED: "completed",
    State.FAILED: "not started",
    State.CANCELLED: "cancelled",
}


@dataclass(frozen=True)
class Card:
    """One row of the gallery as it is now.

    Attributes:
        number: The row's position in its source (1-based).
        prompt: What the row asks for ('' when a bad row's prompt is unknown).
        entry: The ledger's entry; None for a row left out for bad input.
        problem: Why a row was left out (nothing was sent for it).
        snapshot: The newest snapshot of its session the gallery saw, if any.
        stuck: The stuck note while the poller says its session stopped moving.
    """

    number: int
    prompt: str
    entry: Entry | None = None
    problem: str | None = None
    snapshot: Snapshot | None = None
    stuck: str | None = None

    @property
    def state(self) -> str:
        """``queued``, ``creating``, ``running``, ``finished``, ``failed``, ``cancelled`` or ``left out``."""
        return self.entry.state.value if self.entry is not None else "left out"

    @property
    def failed(self) -> bool:
        """Left out for bad input, or failed."""
        return self.entry is None or self.entry.state is State.FAILED

    @property
    def note(self) -> str:
        """Why it did not finish, or what it waits for ('' when all is well)."""
        if self.entry is None:
            return f"not started: {self.problem}"
        return self.stuck or self.entry.error or ""

    @property
    def status(self) -> str:
        """HeyGen's status of its session, else the row's state in words."""
        if self.entry is None:
            return "not started"
        if self.entry.state is State.CANCELLED:  # HeyGen's last status was read before the stop
            return WORDS[State.CANCELLED]
        return self.entry.status or WORDS[self.entry.state]


def card_html(card: Card) -> str:
    """A compact card: row, title, status, progress, first scene, video link, and what is wrong."""
    entry, snapshot = card.entry, card.snapshot
    title = (entry.title if entry else None) or (snapshot.title if snapshot else None) or card.prompt
    title = _short(title or "(left out)")
    badge = snapshot.phase.value if snapshot is not None else BADGE[entry.state] if entry else "failed"
    progress = ""
    if snapshot is not None and entry is not None and entry.state is State.RUNNING:
        progress = f' <span class="hgw-gcard-progress">{max(0, min(100, snapshot.progress))}%</span>'
    video = entry.video_url if entry is not None and entry.state is State.FINISHED else None
    thumb = snapshot.storyboard[0].thumbnail_url if snapshot and snapshot.storyboard else None
    css = "hgw-gcard hgw-gcard-failed" if card.failed else f"hgw-gcard hgw-gcard-{text(card.state)}"
    note = card.note
    note_css = "hgw-gcard-note hgw-error" if card.failed or card.stuck else "hgw-gcard-note"
    return (
        f'<div class="{css}" title="{text(card.prompt)}">'
        f"{image(thumb, 'first scene', 'hgw-gcard-thumb') if thumb else ''}"
        f'<div class="hgw-gcard-row">Row {card.number}</div>'
        f'<b class="hgw-gcard-title">{text(title)}</b>'
        f'<div class="hgw-gcard-status"><span class="hgw-badge hgw-{badge}">{text(card.status)}</span>'
        f"{progress} {link(video, '▶ video') if video else ''}</div>"
        f"{_note(note, note_css)}</div>"
    )


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def _note(note: str, css: str) -> str:
    return f'<div class="{css}">{text(note)}</div>' if note else ""


def result_row(card: Card) -> dict[str, Any]:
    """One row of the results: what is known of the row's session, and why it did not finish."""
    entry = card.entry
    finished = entry is not None and entry.state is State.FINISHED
    return {
        "row": card.number,
        "prompt": card.prompt,
        "state": card.state,
        "session_id": entry.session_id if entry else None,
        "status": card.status,
        "title": entry.title if entry else None,
        "duration": entry.duration if entry and finished else None,
        "video_url": entry.video_url if entry and finished else None,
        "note": card.note or None,
    }


def table_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """The results as an HTML table (escaped; the video as a link)."""
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{link(v, 'open') if k == 'video_url' and v else text('' if v is None else v)}</td>"
            for k, v in row.items()
        )
        + "</tr>"
        for row in rows
    )
    return f'<table class="hgw-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def results_html(cards: Sequence[Card]) -> str:
    """The results table of every row; over `TABLE_ROWS` rows, of those that failed or are stuck."""
    if len(cards) <= TABLE_ROWS:
        return table_html([result_row(card) for card in cards])
    shown = [card for card in cards if card.failed or card.stuck][:TABLE_ROWS]
    caption = (
        f'<p class="hgw-table-note">{len(cards):,} rows: this table lists the {len(shown):,} that failed or '
        "are stuck; <code>results()</code> and <code>to_csv(path)</code> have every row.</p>"
    )
    return caption + table_html([result_row(card) for card in shown])


@dataclass(frozen=True)
class Counts:
    """How many rows are where."""

    total: int = 0
    finished: int = 0
    running: int = 0
    queued: int = 0
    failed: int = 0
    cancelled: int = 0
    left_out: int = 0
    stuck: int = 0

    @classmethod
    def of(cls, cards: Sequence[Card]) -> Counts:
        """Count ``cards`` (a stuck row counts as stuck, not running)."""
        seen = dict.fromkeys(("finished", "running", "queued", "failed", "cancelled", "left_out", "stuck"), 0)
        for card in cards:
            if card.entry is None:
                name = "left_out"
            elif card.stuck is not None and card.entry.state is State.RUNNING:
                name = "stuck"
            elif card.entry.state in (State.CREATING, State.RUNNING):
                name = "running"
            else:
                name = card.entry.state.value
            seen[name] += 1
        return cls(len(cards), **seen)

    @property
    def settled(self) -> bool:
        """Every row has an outcome: none runs (a stuck one counts as an outcome), none is queued."""
        return not self.running and not self.queued

    def line(self) -> str:
        """``3 of 5 finished · 1 running · 1 queued · 0 failed``, with the rarer counts when not 0."""
        parts = [f"{self.finished} of {self.total} finished", f"{self.running} running"]
        parts += [f"{self.queued} queued", f"{self.failed} failed"]
        parts += [f"{self.stuck} stuck"] * bool(self.stuck) + [f"{self.cancelled} cancelled"] * bool(
            self.cancelled
        )
        parts += [f"{self.left_out} left out (bad input)"] * bool(self.left_out)
        return " · ".join(parts)


def progress_html(counts: Counts) -> str:
    """A bar of the shares of finished, failed, stuck, cancelled and running rows, and the counts."""
    shares = (
        ("finished", counts.finished),
        ("failed", counts.failed + counts.left_out),
        ("stuck", counts.stuck),
        ("cancelled", counts.cancelled),
        ("running", counts.running),
    )
    total = max(counts.total, 1)
    bar = "".join(
        f'<span class="hgw-gbar-{name}" style="width:{100 * n / total:.2f}%"></span>'
        for name, n in shares
        if n
    )
    line = counts.line()
    return (
        f'<div class="hgw-gbar" role="progressbar" aria-valuemin="0" aria-valuemax="{counts.total}" '
        f'aria-valuenow="{counts.finished}" title="{text(line)}">{bar}</div>'
        f'<div class="hgw-gcounts">{text(line)}</div>'
    )
