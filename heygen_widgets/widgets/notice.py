"""The panel's notice: one line per thing the user should know now, each set and cleared on its own."""

from __future__ import annotations

import threading

import ipywidgets as w

from heygen_widgets.poller import Failed, Throttled, TimedOut
from heygen_widgets.widgets._actions import explain
from heygen_widgets.widgets.html import text

# The lines, in the order shown. "stuck" ends with the next change; "turn" tells what happened to
# the session (a render nobody approved, a new start) and stays; "action" is the last button's
# failure and "refresh" the poller's, both until the session changes; "budget" says the poller
# spaces this session's reads out.
LINES = ("stuck", "turn", "action", "refresh", "budget")


TIMED_OUT = "Stopped watching: the session took longer than expected. Press Refresh to look again."


def poller_line(event: Failed | TimedOut | Throttled) -> tuple[str, str]:
    """The line (kind, text) for what the poller says about its reads; an empty text clears it."""
    if isinstance(event, Failed):
        wait = f" Retrying in {event.retry_in:.0f} s." if event.retry_in else ""
        return "refresh", f"Could not refresh: {explain(event.error)}{wait}"
    if isinstance(event, TimedOut):
        return "refresh", TIMED_OUT
    if event.interval is None:
        return "budget", ""
    return "budget", (
        f"Refreshed every {event.interval:.0f} s for now: "
        "the sessions watched here share HeyGen's request limit."
    )


class Notice(w.HTML):
    """Plain lines above the log; empty (and sending nothing) while there is nothing to say."""

    def __init__(self, updating: threading.RLock) -> None:
        """``updating`` is the panel's lock, held while the notice changes."""
        super().__init__("")
        self.add_class("hgw-notice")
        self._updating = updating
        self._lines: dict[str, str] = {}

    def line(self, kind: str) -> str:
        """What the line of this kind says now ("" when it is not shown)."""
        return self._lines.get(kind, "")

    def say(self, kind: str, message: str) -> None:
        """Show ``message`` as the line of this kind (one of `LINES`); "" clears it."""
        if kind not in LINES:
            raise ValueError(f"unknown notice line {kind!r}; use one of {', '.join(LINES)}")
        with self._updating:
            if message:
                self._lines[kind] = message
            else:
                self._lines.pop(kind, None)
            value = "".join(
                f'<div class="hgw-notice-text hgw-notice-{k}">{text(self._lines[k])}</div>'
                for k in LINES
                if k in self._lines
            )
            if self.value != value:
                self.value: str = value

    def clear(self, *kinds: str) -> None:
        """Clear these lines (every line when none is named)."""
        for kind in kinds or LINES:
            self.say(kind, "")
