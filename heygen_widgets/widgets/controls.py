"""Approve, Stop and Refresh, each enabled only where it is valid."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Snapshot

APPROVE_TIP = "Approve the storyboard: the video renders"
APPROVED_TIP = "Approved: waiting for HeyGen to start the render"


class Controls(w.HBox):
    """The panel's action buttons."""

    def __init__(self) -> None:
        """Buttons start disabled until the first snapshot."""
        self.approve = w.Button(
            description="Approve",
            icon="check",
            button_style="success",
            disabled=True,
            tooltip=APPROVE_TIP,
        )
        self.stop = w.Button(
            description="Stop",
            icon="stop",
            button_style="warning",
            disabled=True,
            tooltip="Halt the agent at its next checkpoint; its work so far is kept",
        )
        self.refresh = w.Button(description="Refresh", icon="refresh", tooltip="Read the session now")
        for button, css in (
            (self.approve, "hgw-approve"),
            (self.stop, "hgw-stop"),
            (self.refresh, "hgw-refresh"),
        ):
            button.add_class(css)
        super().__init__([self.approve, self.stop, self.refresh])
        self.busy = False

    def render(self, snapshot: Snapshot, *, approved: bool = False) -> None:
        """Enable what ``snapshot`` allows (nothing while an action is under way).

        ``approved``: this storyboard was just approved and HeyGen has not moved since, so a
        second approval is not offered.
        """
        with self.hold_sync():
            self.approve.disabled = self.busy or approved or not snapshot.can_approve
            self.approve.tooltip = APPROVED_TIP if approved else APPROVE_TIP
            self.stop.disabled = self.busy or not snapshot.can_stop
            self.refresh.disabled = self.busy
