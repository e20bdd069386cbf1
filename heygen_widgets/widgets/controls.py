"""Approve, Stop and Refresh, each enabled only where it is valid; a control that is off says why."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Phase, Snapshot

APPROVE_TIP = "Approve the storyboard: the video renders"
APPROVED_TIP = "Already approved: waiting for the render"
STOP_TIP = "Halt the agent at its next checkpoint; its work so far is kept"
BUSY_TIP = "Wait: your last action is still running"

NOT_APPROVABLE = {
    Phase.WORKING: "The agent is still drafting",
    Phase.RENDERING: "Already approved: the video is rendering",
    Phase.DONE: "Nothing to approve after the video is ready",
    Phase.FAILED: "Nothing to approve: the session failed",
}
NOT_STOPPABLE = {
    Phase.REVIEW: "Nothing to stop: the agent is waiting for you",
    Phase.DONE: "Nothing to stop: the video is ready",
    Phase.FAILED: "Nothing to stop: the session failed",
}


def approve_tip(snapshot: Snapshot, *, approved: bool = False) -> str:
    """What Approve does, or why it is off for ``snapshot``."""
    if approved or (snapshot.phase is Phase.REVIEW and snapshot.approved_last):
        return APPROVED_TIP
    if snapshot.can_approve:
        return APPROVE_TIP
    return NOT_APPROVABLE.get(snapshot.phase) or _not_yet(snapshot)


def _not_yet(snapshot: Snapshot) -> str:
    if snapshot.phase is Phase.UNKNOWN:
        return f"HeyGen says '{snapshot.status}', which this version cannot approve in"
    if snapshot.awaiting_reply:
        return "The agent has not answered your last message yet"
    if snapshot.status == "waiting_for_input":
        return "Answer the agent's question first"
    return "Nothing to approve yet: there is no storyboard"


def stop_tip(snapshot: Snapshot) -> str:
    """What Stop does, or why it is off for ``snapshot``."""
    return STOP_TIP if snapshot.can_stop else NOT_STOPPABLE.get(snapshot.phase, "Nothing to stop")


class Controls(w.HBox):
    """The panel's action buttons."""

    def __init__(self) -> None:
        """Buttons start disabled until the first snapshot."""
        self.approve = w.Button(
            description="Approve",
            icon="check",
            button_style="success",
            disabled=True,
            tooltip="Nothing to approve yet: the session is loading",
        )
        self.stop = w.Button(
            description="Stop",
            icon="stop",
            button_style="warning",
            disabled=True,
            tooltip="Nothing to stop yet: the session is loading",
        )
        self.refresh = w.Button(description="Refresh", icon="refresh", tooltip="Read the session now")
        for button, css in (
            (self.approve, "hgw-approve"),
            (self.stop, "hgw-stop"),
            (self.refresh, "hgw-refresh"),
        ):
            button.add_class(css)
        super().__init__([self.approve, self.stop, self.refresh])
        self.add_class("hgw-controls")
        self.busy = False

    def render(self, snapshot: Snapshot, *, approved: bool = False) -> None:
        """Enable what ``snapshot`` allows (nothing while an action is under way), and say why not.

        ``approved``: this storyboard was just approved and HeyGen has not moved since, so a
        second approval is not offered.
        """
        can_approve = not approved and snapshot.can_approve
        with self.hold_sync():
            self.approve.disabled = self.busy or not can_approve
            self.approve.tooltip = (
                BUSY_TIP if self.busy and can_approve else approve_tip(snapshot, approved=approved)
            )
            self.stop.disabled = self.busy or not snapshot.can_stop
            self.stop.tooltip = BUSY_TIP if self.busy and snapshot.can_stop else stop_tip(snapshot)
            self.refresh.disabled = self.busy
