"""One rule for "the video is being made", which the poller's render pace and stuck threshold share."""

from __future__ import annotations

from heygen_widgets.snapshot import Snapshot, Video


def test_a_render_is_in_progress_until_its_video_is_ready() -> None:
    assert Snapshot("s", "chat", "generating").rendering
    assert Snapshot("s", "chat", "completed", video_id="v", video=Video("v", "processing")).rendering
    ready = Video("v", "completed", url="https://cdn.example/v.mp4")
    assert not Snapshot("s", "chat", "completed", video_id="v", video=ready).rendering
    assert not Snapshot("s", "chat", "reviewing").rendering
    assert not Snapshot("s", "chat", "generating", video=Video("v", "failed")).rendering  # it failed
