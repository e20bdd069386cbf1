"""The panel's header: title, whose turn it is in words, the raw status (small), progress, id and times."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets.html import APP_URL, link, text
from heygen_widgets.widgets.render_progress import Shown, clock_time
from heygen_widgets.widgets.turn import Turn

BAR_STYLE = {Phase.DONE: "success", Phase.FAILED: "danger", Phase.RENDERING: "info", Phase.WORKING: "info"}
WORKING = (Phase.WORKING, Phase.RENDERING, Phase.UNKNOWN)


def turn_html(turn: Turn, label: str) -> str:
    """The headline, what the user can do, and a revision's label above them."""
    tag = f'<span class="hgw-video-revision">{text(label)}</span> ' if label else ""
    action = f' <span class="hgw-can-do">{text(turn.action)}</span>' if turn.action else ""
    return (
        f'<div class="hgw-turn-box hgw-turn-{turn.whose.value}">{tag}'
        f'<span class="hgw-headline">{text(turn.headline)}</span>{action}</div>'
    )


class Header(w.VBox):
    """Title, turn, status (with a working indicator while the agent thinks or renders), progress, id."""

    def __init__(self, *, show_app_link: bool) -> None:
        """``show_app_link``: link the session in HeyGen's web app (only on the real API)."""
        self.title = w.HTML(layout=w.Layout(margin="0"))
        self.turn = w.HTML()
        self.status = w.HTML()
        self.progress = w.IntProgress(min=0, max=100, layout=w.Layout(width="180px"))
        self.elapsed = w.HTML()
        self.ident = w.HTML()
        self.show_app_link = show_app_link
        for widget, css in (
            (self.title, "hgw-title"),
            (self.turn, "hgw-turn"),
            (self.status, "hgw-status"),
            (self.progress, "hgw-progress"),
            (self.elapsed, "hgw-elapsed"),
            (self.ident, "hgw-id"),
        ):
            widget.add_class(css)
        row = w.HBox(
            [self.status, self.progress, self.elapsed, self.ident], layout=w.Layout(align_items="center")
        )
        row.add_class("hgw-header-row")
        super().__init__([self.title, self.turn, row])
        self.add_class("hgw-header")

    def render(self, snapshot: Snapshot, turn: Turn, shown: Shown, *, label: str = "") -> None:
        """Show ``snapshot`` with its words and render progress; unchanged values send nothing."""
        phase = snapshot.phase
        spinner = '<span class="hgw-spinner" aria-hidden="true"></span>' if phase in WORKING else ""
        status = (
            f'<span class="hgw-badge hgw-{phase.value}" title="HeyGen\'s own status">'
            f"{spinner}{text(snapshot.status)}</span>"
        )
        ident = f"<code>{text(snapshot.session_id)}</code> · {text(snapshot.family)}"
        if snapshot.created_at:
            ident += f" · started {text(clock_time(snapshot.created_at))}"
        if self.show_app_link:
            ident += " · " + link(APP_URL.format(session_id=snapshot.session_id), "open in HeyGen")
        with self.hold_sync():
            self.title.value = f"<h3>{text(snapshot.title or 'Untitled session')}</h3>"
            self.turn.value = turn_html(turn, label)
            self.status.value = status
            self.progress.bar_style = BAR_STYLE.get(phase, "")
            self.progress.layout.display = "" if phase in WORKING else "none"  # a bar means: wait
            self.ident.value = ident
            self.show_progress(shown)

    def show_progress(self, shown: Shown) -> None:
        """Move the bar and the elapsed time only (the ticker's step)."""
        with self.hold_sync():
            self.progress.value = shown.percent
            self.elapsed.value = (
                f'<span class="hgw-elapsed-text">{text(shown.text)}</span>' if shown.text else ""
            )
