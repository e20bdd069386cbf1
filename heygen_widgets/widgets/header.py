"""The panel's header: title, status badge, progress bar, session id."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets.html import APP_URL, link, text

BAR_STYLE = {Phase.DONE: "success", Phase.FAILED: "danger", Phase.RENDERING: "info", Phase.WORKING: "info"}
WORKING = (Phase.WORKING, Phase.RENDERING, Phase.UNKNOWN)


class Header(w.VBox):
    """Title, status (with a working indicator while the agent thinks or renders), progress, id."""

    def __init__(self, *, show_app_link: bool) -> None:
        """``show_app_link``: link the session in HeyGen's web app (only on the real API)."""
        self.title = w.HTML(layout=w.Layout(margin="0"))
        self.status = w.HTML()
        self.progress = w.IntProgress(min=0, max=100, layout=w.Layout(width="180px"))
        self.ident = w.HTML()
        self.show_app_link = show_app_link
        for widget, css in (
            (self.title, "hgw-title"),
            (self.status, "hgw-status"),
            (self.progress, "hgw-progress"),
            (self.ident, "hgw-id"),
        ):
            widget.add_class(css)
        row = w.HBox([self.status, self.progress, self.ident], layout=w.Layout(align_items="center"))
        super().__init__([self.title, row])
        self.add_class("hgw-header")

    def render(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``; unchanged values send nothing."""
        phase = snapshot.phase
        spinner = '<span class="hgw-spinner" aria-hidden="true"></span>' if phase in WORKING else ""
        status = f'<span class="hgw-badge hgw-{phase.value}">{spinner}{text(snapshot.status)}</span>'
        ident = f"<code>{text(snapshot.session_id)}</code> · {text(snapshot.family)}"
        if self.show_app_link:
            ident += " · " + link(APP_URL.format(session_id=snapshot.session_id), "open in HeyGen")
        with self.hold_sync():
            self.title.value = f"<h3>{text(snapshot.title or 'Untitled session')}</h3>"
            self.status.value = status
            self.progress.value = max(0, min(100, snapshot.progress))
            self.progress.bar_style = BAR_STYLE.get(phase, "")
            self.ident.value = ident
