"""`SessionGallery`: many prompts at once, as compact cards, within HeyGen's job limit."""

from __future__ import annotations

import csv
import threading
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from heygen_widgets.errors import HeyGenError, RateLimitError
from heygen_widgets.poller import Changed, Event, Failed, Finished, Poller, Subscription, TimedOut
from heygen_widgets.session import Connection, Session
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets.html import image, link, text
from heygen_widgets.widgets.live import follow_views
from heygen_widgets.widgets.runtime import Runner, default_connection, default_poller, default_runner
from heygen_widgets.widgets.style import STYLE

HEYGEN_JOB_LIMIT = 10
COLUMNS = ("prompt", "session_id", "status", "title", "duration", "video_url")


def card_html(prompt: str, snapshot: Snapshot | None, note: str = "") -> str:
    """A compact card: title, status, progress, first scene, video link."""
    if snapshot is None:
        return f'<div class="hgw-gcard"><b>{text(prompt[:60])}</b><div>{text(note or "queued")}</div></div>'
    thumb = snapshot.storyboard[0].thumbnail_url if snapshot.storyboard else None
    video = snapshot.video.url if snapshot.video and snapshot.video.ready else None
    return (
        f'<div class="hgw-gcard">{image(thumb, "first scene", "hgw-inline-thumb") if thumb else ""}'
        f"<b>{text(snapshot.title or prompt[:60])}</b>"
        f'<div><span class="hgw-badge hgw-{snapshot.phase.value}">{text(snapshot.status)}</span> '
        f"{snapshot.progress}% {link(video, 'video') if video else ''}</div>"
        f'<div class="hgw-error">{text(note)}</div></div>'
    )


class SessionGallery(w.VBox):
    """Runs each prompt as a session, at most ``max_concurrent`` at a time, and tabulates the results."""

    def __init__(
        self,
        prompts: Sequence[str],
        *,
        connection: Connection | None = None,
        poller: Poller | None = None,
        runner: Runner | None = None,
        max_concurrent: int = HEYGEN_JOB_LIMIT,
        mode: str = "generate",
        **create: Any,
    ) -> None:
        """Queue the prompts and start the first ``max_concurrent``; the cell returns at once."""
        self.connection = connection or default_connection()
        self.poller = poller or default_poller()
        self.runner = runner or default_runner()
        self.max_concurrent = max(1, min(max_concurrent, HEYGEN_JOB_LIMIT))
        self.prompts = list(prompts)
        self.create_options = {"mode": mode, **create}
        self.sessions: list[Session | None] = [None] * len(self.prompts)
        self.snapshots: list[Snapshot | None] = [None] * len(self.prompts)
        self.notes = [""] * len(self.prompts)
        self._queue = deque(range(len(self.prompts)))
        self._running: set[int] = set()
        self._subscriptions: list[Subscription] = []
        self._closed = False
        self._lock = threading.Lock()
        self._all_done = threading.Event()
        self.updating = threading.RLock()  # held while the cards or the table change
        follow_views(self, self.updating)
        self.cards = [w.HTML(card_html(p, None)) for p in self.prompts]
        for card in self.cards:
            card.add_class("hgw-gallery-card")
        self.table = w.HTML()
        self.table.add_class("hgw-results")
        grid = w.GridBox(
            self.cards,
            layout=w.Layout(grid_template_columns="repeat(auto-fill, minmax(220px, 1fr))", grid_gap="8px"),
        )
        super().__init__([w.HTML(STYLE), grid, self.table])
        self.add_class("hgw-gallery")
        self._show_table()
        if not self.prompts:
            self._all_done.set()
        self.runner.submit(self.fill)

    def __repr__(self) -> str:
        """Cheap: counts only, never widget state."""
        done = sum(1 for s in self.snapshots if s is not None and s.finished)
        return f"SessionGallery({len(self.prompts)} prompts, {len(self._running)} running, {done} finished)"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The live view, plus the results table for places without a kernel."""
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/plain"] = repr(self)
        bundle["text/html"] = STYLE + self.table.value
        return bundle

    def fill(self) -> None:
        """Start queued prompts while fewer than ``max_concurrent`` run."""
        while True:
            with self._lock:
                if self._closed or not self._queue or len(self._running) >= self.max_concurrent:
                    return
                index = self._queue.popleft()
                self._running.add(index)
            if not self._start(index):
                return

    def _start(self, index: int) -> bool:
        try:
            session = self.connection.create(self.prompts[index], **self.create_options)
        except RateLimitError:
            with self._lock:  # HeyGen's own limit: wait until one of ours finishes
                self._running.discard(index)
                self._queue.appendleft(index)
            return False
        except HeyGenError as exc:
            self._done(index, f"not started: {exc.message}")
            return True
        self.sessions[index] = session
        subscription = self.poller.watch(session, lambda event: self._on_event(index, event))
        with self._lock:
            closed = self._closed
            if not closed:
                self._subscriptions.append(subscription)
        if closed:  # closed while this one was being created
            subscription.cancel()
        return True

    def _on_event(self, index: int, event: Event) -> None:
        if isinstance(event, Changed | Finished):
            self.snapshots[index] = event.snapshot
            self._show_card(index)
        elif isinstance(event, Failed):
            self.notes[index] = f"retrying: {getattr(event.error, 'message', event.error)}"
        fatal = isinstance(event, Failed) and event.retry_in is None
        if isinstance(event, Finished):
            self._done(index, "")
        elif fatal or isinstance(event, TimedOut):
            self._done(
                index, "timed out" if isinstance(event, TimedOut) else "stopped watching after an error"
            )
        self._show_table()

    def _done(self, index: int, note: str) -> None:
        with self._lock:
            self._running.discard(index)
            if not self._queue and not self._running:
                self._all_done.set()
        if note:
            self.notes[index] = note
            self._show_card(index)
        self.runner.submit(self.fill)

    def _show_card(self, index: int) -> None:
        with self.updating:
            self.cards[index].value = card_html(self.prompts[index], self.snapshots[index], self.notes[index])

    def close(self) -> None:
        """Stop watching, start nothing more, and close the widgets; `results` keeps what is known."""
        with self._lock:
            self._closed = True
            self._queue.clear()
            self._running.clear()
            subscriptions, self._subscriptions = self._subscriptions, []
        for subscription in subscriptions:
            subscription.cancel()
        self._all_done.set()
        with self.updating:
            for widget in (*self.cards, *self.children):
                widget.close()
            super().close()

    def results(self) -> list[dict[str, Any]]:
        """One row per prompt: session, status, title, duration and video URL."""
        rows = []
        for prompt, session, snap, note in zip(
            self.prompts, self.sessions, self.snapshots, self.notes, strict=True
        ):
            video = snap.video if snap else None
            rows.append(
                {
                    "prompt": prompt,
                    "session_id": session.session_id if session else None,
                    "status": snap.status if snap else (note or "queued"),
                    "title": snap.title if snap else None,
                    "duration": video.duration if video else None,
                    "video_url": video.url if video and video.ready else None,
                }
            )
        return rows

    def to_csv(self, path: str | Path) -> Path:
        """Save `results` as CSV."""
        target = Path(path)
        with target.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(self.results())
        return target

    def wait(self, timeout: float = 3600.0) -> list[dict[str, Any]]:
        """Block until every prompt has an outcome (for scripts and notebooks run top to bottom)."""
        if not self._all_done.wait(timeout):
            raise TimeoutError(f"the gallery is still running after {timeout:g} s")
        return self.results()

    @property
    def finished(self) -> bool:
        """True once every prompt has an outcome (nothing queued, nothing running)."""
        with self._lock:
            return not self._queue and not self._running

    def _show_table(self) -> None:
        head = "".join(f"<th>{c}</th>" for c in COLUMNS)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{link(v, 'open') if k == 'video_url' and v else text(v or '')}</td>"
                for k, v in row.items()
            )
            + "</tr>"
            for row in self.results()
        )
        value = f'<table class="hgw-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        with self.updating:
            if self.table.value != value:
                self.table.value = value
