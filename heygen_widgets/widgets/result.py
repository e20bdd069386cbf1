"""The video where the user looks (right under the header), earlier videos under it, or why it failed.

The view remembers every ready video it has seen, by id, from the snapshots it is given: a
revision's new video goes on top and the earlier ones stay listed, with no extra request.
"""

from __future__ import annotations

import ipywidgets as w

from heygen_widgets.snapshot import Phase, Snapshot, Video
from heygen_widgets.widgets.html import link, safe_url, text
from heygen_widgets.widgets.turn import AGAIN_FORWARD, NEW_HINT, revision_label

# When the video is ready the browser brings it into view, but only while the user is looking at
# this panel (some of it is on screen): a video finished in a panel scrolled away, or while the
# user works in another cell, moves nothing. Core ipywidgets have no hook for it; the HTML
# widget sets innerHTML, where an element's onload handler runs (see `keys` for the same seam).
INTO_VIEW = (
    '<style class="hgw-into-view" onload="'
    "var p=this.closest('.hgw-panel'),r=p&&p.getBoundingClientRect();"
    "if(r&&r.bottom>0&&r.top<window.innerHeight)this.parentNode.scrollIntoView({block:'nearest'});"
    '"></style>'
)


def download(video: Video, label: str = "Download") -> str:
    """An ``<a download>`` link to the video file, or nothing when its URL is not safe."""
    src = safe_url(video.url)
    return (
        f'<a class="hgw-download" href="{src}" download target="_blank" rel="noopener">{text(label)}</a>'
        if src
        else ""
    )


def video_html(video: Video) -> str:
    """A ``<video>`` element with a download link and links to the captioned version and subtitles."""
    src = safe_url(video.url)
    player = (
        f'<video class="hgw-player" src="{src}" controls preload="auto" playsinline></video>' if src else ""
    )
    extra = [(video.captioned_url, "captioned"), (video.subtitle_url, "subtitles")]
    shown = [download(video), *(link(url, name) for url, name in extra if safe_url(url))]
    length = f" · {video.duration:.0f} s" if video.duration else ""
    return f'{player}<div class="hgw-links">{" · ".join(x for x in shown if x)}{length}</div>'


def failure_html(snapshot: Snapshot, *, can_restart: bool = False) -> str:
    """HeyGen's reason for a failure, and the way forward."""
    forward = AGAIN_FORWARD if can_restart else NEW_HINT
    return (
        f'<div class="hgw-failure"><b>HeyGen\'s reason:</b> {text(snapshot.failure_reason)}'
        f'<div class="hgw-forward">{text(forward)}</div></div>'
    )


def name_of(index: int) -> str:
    """What the ``index``-th video (0 for the first) is called in the list."""
    return "The first video" if index == 0 else f"Revision {index}"


class ResultView(w.VBox):
    """Hidden until there is a video to play or a failure to explain; "Start again" after a failure."""

    def __init__(self) -> None:
        """Start hidden, remembering no video."""
        self.body = w.HTML()
        self.body.add_class("hgw-result-body")
        self.again = w.Button(
            description="Start again",
            icon="redo",
            button_style="primary",
            tooltip="Start a new session with the same prompt; the panel shows the new one",
            layout=w.Layout(display="none"),
        )
        self.again.add_class("hgw-again")
        self.videos: dict[str, Video] = {}  # every ready video seen, oldest first
        super().__init__([self.body, self.again], layout=w.Layout(display="none"))
        self.add_class("hgw-result")

    @property
    def value(self) -> str:
        """The HTML shown (the player, the list, or the failure)."""
        return str(self.body.value)

    def label(self, snapshot: Snapshot) -> str:
        """The header's revision label for ``snapshot`` ("" for the first draft and the first video)."""
        current = snapshot.video
        shown = current is not None and current.id in self.videos and snapshot.phase is Phase.DONE
        if current is not None and shown and not snapshot.awaiting_reply:
            return revision_label(list(self.videos).index(current.id), ready=True)
        return revision_label(len(self.videos), ready=False)

    def render(self, snapshot: Snapshot, *, can_restart: bool = False) -> None:
        """Show the newest ready video (and the earlier ones), or a failure's reason."""
        current = snapshot.video
        if current is not None and current.ready:
            self.videos.setdefault(current.id, current)
            self.videos[current.id] = current  # fresher signed URLs
        failed = snapshot.phase is Phase.FAILED
        value = failure_html(snapshot, can_restart=can_restart) if failed else ""
        value += self._videos_html(snapshot)
        with self.hold_sync():
            self.body.value = value
            self.again.layout.display = "" if failed and can_restart else "none"
            self.layout.display = "block" if value else "none"

    def _videos_html(self, snapshot: Snapshot) -> str:
        """The newest video playing, the earlier ones listed; while a revision is made, only the list."""
        if not self.videos:
            return ""
        ids = list(self.videos)
        newest = snapshot.video is not None and snapshot.video.id == ids[-1] and snapshot.phase is Phase.DONE
        if not newest or snapshot.awaiting_reply:  # the storyboard under review needs the room
            return _listed(
                "The video before this revision" if len(ids) == 1 else "Videos so far", self.videos
            )
        title = "Your video" if len(ids) == 1 else f"Your video ({name_of(len(ids) - 1).lower()})"
        head = f'<div class="hgw-result-title">{text(title)}</div>{INTO_VIEW}'
        earlier = dict(list(self.videos.items())[:-1])
        return (
            head + video_html(self.videos[ids[-1]]) + (_listed("Earlier videos", earlier) if earlier else "")
        )


def _listed(title: str, videos: dict[str, Video]) -> str:
    """The videos as a list, newest first: name, download link, length."""
    items = "".join(
        f"<li>{text(name_of(i))}: {download(video, 'download')}"
        f"{f' · {video.duration:.0f} s' if video.duration else ''}</li>"
        for i, video in reversed(list(enumerate(videos.values())))
    )
    return f'<div class="hgw-earlier"><b>{text(title)}</b><ul>{items}</ul></div>'
