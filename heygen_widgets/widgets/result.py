"""The finished video, playing inline by URL, or why it failed."""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Phase, Snapshot, Video
from heygen_widgets.widgets.html import link, safe_url, text

GENERIC_FAILURE = "The video could not be made. Try again, or open the session in HeyGen for details."


def video_html(video: Video) -> str:
    """A ``<video>`` element with links to the file, the captioned version and the subtitles."""
    src = safe_url(video.url)
    player = (
        f'<video class="hgw-player" src="{src}" controls preload="auto" playsinline></video>' if src else ""
    )
    links = [
        link(video.url, "video"),
        link(video.captioned_url, "captioned"),
        link(video.subtitle_url, "subtitles"),
    ]
    shown = " · ".join(
        x
        for x, url in zip(links, (video.url, video.captioned_url, video.subtitle_url), strict=True)
        if safe_url(url)
    )
    length = f" · {video.duration:.0f} s" if video.duration else ""
    return f'{player}<div class="hgw-links">{shown}{length}</div>'


def failure_html(snapshot: Snapshot) -> str:
    """HeyGen's reason for a failure, or a generic one."""
    reason = snapshot.video.failure_message if snapshot.video and snapshot.video.failure_message else None
    errors = [m.content for m in snapshot.messages if m.is_error]
    return f'<div class="hgw-failure">{text(reason or (errors[-1] if errors else GENERIC_FAILURE))}</div>'


class ResultView(w.HTML):
    """Hidden until there is a video to play or a failure to explain."""

    def __init__(self) -> None:
        """Start hidden."""
        super().__init__("", layout=w.Layout(display="none"))
        self.add_class("hgw-result")

    def render(self, snapshot: Snapshot) -> None:
        """Show the video once it is ready; a failure's reason once it failed."""
        if snapshot.video is not None and snapshot.video.ready:
            value = video_html(snapshot.video)
        elif snapshot.phase is Phase.FAILED:
            value = failure_html(snapshot)
        else:
            value = ""
        with self.hold_sync():
            self.value = value
            self.layout.display = "block" if value else "none"
