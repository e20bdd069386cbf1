"""What the panel offers when the agent has not moved for a long while: Stop, or Start again."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.poller import Stuck
from heygen_widgets.session import Session
from heygen_widgets.snapshot import Phase, Snapshot


def stuck_text(event: Stuck, *, can_restart: bool = True) -> str:
    """The notice line: how long the agent has not moved, and what the user can do here."""
    if event.quiet_for < 60:
        quiet = f"{event.quiet_for:.0f} seconds"
    else:
        minutes = round(event.quiet_for / 60)
        quiet = f"{minutes} minute{'' if minutes == 1 else 's'}"
    offer = "stop this one, or start again with the same prompt" if can_restart else "stop it"
    return (
        f"The agent has not moved for {quiet} (still '{event.snapshot.status}'). "
        f"HeyGen's sessions sometimes hang: {offer}."
    )


def started_unasked(before: Snapshot | None, now: Snapshot, approved: bool) -> bool:
    """True when the panel sees a render begin that nobody approved (chat mode has done this).

    Only a render that starts under the panel's eyes counts: a session attached while it already
    renders may have been approved in an earlier kernel.
    """
    return (
        not approved
        and now.phase is Phase.RENDERING
        and before is not None
        and before.phase in (Phase.WORKING, Phase.REVIEW, Phase.UNKNOWN)
    )


UNASKED_TEXT = (
    "HeyGen started rendering without waiting for your approval. The video is made from the "
    "storyboard as it stands; press Stop to halt it."
)


class StuckOffer(w.HBox):
    """Stop, Start again and "straight to video"; hidden until the poller says the session is stuck."""

    def __init__(self) -> None:
        """Hidden; ``restart`` shows only where the panel can start a session."""
        self.stop = w.Button(
            description="Stop",
            icon="stop",
            button_style="warning",
            tooltip="Halt the agent at its next checkpoint; its work so far is kept",
        )
        self.restart = w.Button(
            description="Start again",
            icon="redo",
            tooltip="Stop this session and start a new one with the same prompt; the panel shows the new one",
        )
        self.generate = w.Checkbox(value=False, description="straight to video", indent=False)
        for widget, css in (
            (self.stop, "hgw-stuck-stop"),
            (self.restart, "hgw-restart"),
            (self.generate, "hgw-restart-generate"),
        ):
            widget.add_class(css)
        super().__init__([self.stop, self.restart, self.generate], layout=w.Layout(display="none"))
        self.add_class("hgw-stuck")

    @property
    def shown(self) -> bool:
        """True while the offer is on screen."""
        return bool(self.layout.display != "none")

    def show(self, session: Session, *, can_restart: bool) -> None:
        """Offer Stop, and Start again where the panel knows the prompt and the connection.

        "Straight to video" is offered in chat mode, ticked once the storyboard was approved.
        """
        chat = session.family == "chat"
        with self.hold_sync():
            self.generate.value = chat and session.approved
            self.restart.layout.display = "" if can_restart else "none"
            self.generate.layout.display = "" if can_restart and chat else "none"
            self.layout.display = "flex"

    def hide(self) -> None:
        """Take the offer away (the session moved again, or a new one started)."""
        if self.shown:
            self.layout.display = "none"

    def render(self, busy: bool) -> None:
        """The buttons wait while an action runs."""
        with self.hold_sync():
            self.stop.disabled = busy
            self.restart.disabled = busy
