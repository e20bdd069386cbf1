"""The panel's frame: the header's words and render progress, the video under it, and the clock they share.

`Frame` turns a snapshot into the header and the result view, and while a video renders it is
registered with the kernel's `Ticker`, whose `tick` moves the elapsed time and the estimate
without a request.
"""

from __future__ import annotations

import threading

from heygen_widgets.snapshot import Phase, Snapshot
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.header import Header
from heygen_widgets.widgets.render_progress import RenderProgress
from heygen_widgets.widgets.result import ResultView
from heygen_widgets.widgets.runtime import default_ticker
from heygen_widgets.widgets.turn import turn_of


class Frame:
    """The header and the result view of one panel, and the render clock behind them."""

    def __init__(self, *, show_app_link: bool, ticker: Ticker | None, updating: threading.RLock) -> None:
        """``ticker`` (default: the kernel's) moves the render's elapsed time; updates hold ``updating``."""
        self.header = Header(show_app_link=show_app_link)
        self.result = ResultView()
        self.ticker = ticker if ticker is not None else default_ticker()
        self.updating = updating
        self.progress = RenderProgress()
        self.snapshot: Snapshot | None = None
        self._closed = False

    def render(self, snapshot: Snapshot, *, approving: bool, can_restart: bool) -> None:
        """Show ``snapshot``: words, status, progress and times in the header; the video or failure below."""
        with self.updating:
            self.snapshot = snapshot
            self.result.render(snapshot, can_restart=can_restart)
            turn = turn_of(snapshot, approving=approving, can_restart=can_restart)
            shown = self.progress.shown(snapshot, self.ticker.clock())
            self.header.render(snapshot, turn, shown, label=self.result.label(snapshot))
            if snapshot.phase is Phase.RENDERING and not self._closed:
                self.ticker.register(self)
            else:
                self.ticker.unregister(self)

    def tick(self, now: float) -> None:
        """One step of the ticker: move the elapsed time and the estimate (no request)."""
        with self.updating:
            snapshot = self.snapshot
            if self._closed or snapshot is None or snapshot.phase is not Phase.RENDERING:
                return
            self.header.show_progress(self.progress.shown(snapshot, now))

    def restart(self) -> None:
        """A new session is shown: forget this one's videos and render clock."""
        with self.updating:
            self.snapshot = None
            self.progress = RenderProgress()
            self.result.videos.clear()
            self.result.layout.display = "none"
            self.ticker.unregister(self)

    def close(self) -> None:
        """No more ticks (the widgets close with the panel's tree)."""
        with self.updating:
            self._closed = True
            self.ticker.unregister(self)
