"""Only http(s) URLs reach the page, always escaped."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from heygen_widgets.snapshot import Message, Resource, Snapshot, Video
from heygen_widgets.widgets.html import image, link, safe_url
from heygen_widgets.widgets.message_log import message_html
from heygen_widgets.widgets.result import video_html
from heygen_widgets.widgets.storyboard import card_html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "JAVASCRIPT:alert(1)",
        "//evil.example/x.png",
        "",
        None,
        "file:///etc/passwd",
        "vbscript:x",
    ],
)
def test_unsafe_urls_are_never_rendered(url: str | None) -> None:
    assert safe_url(url) is None
    assert "href" not in link(url, "x") and "<img" not in image(url, "x")


def test_safe_urls_are_escaped_in_attributes() -> None:
    assert safe_url('https://h/a.png?x="><script>') == "https://h/a.png?x=&quot;&gt;&lt;script&gt;"


def test_a_hostile_resource_cannot_inject_markup() -> None:
    bad = Resource(
        id="r",
        type="image",
        url="javascript:alert(1)",
        thumbnail_url="https://h/t.png",
        metadata=MappingProxyType({"heading": "<img src=x onerror=alert(1)>"}),
    )
    html = card_html(1, bad)
    assert "javascript:" not in html and "<img src=x" not in html and "&lt;img src=x" in html
    player = video_html(Video(id="v", status="completed", url="javascript:alert(1)"))
    assert "javascript:" not in player and "<video" not in player


def test_a_message_thumbnail_uses_only_safe_urls() -> None:
    res = Resource(id="r", type="image", url="data:image/png;base64,AAAA")
    snap = Snapshot(
        "s",
        "chat",
        "reviewing",
        messages=(Message("model", "hi", resource_ids=("r",)),),
        resources=MappingProxyType({"r": res}),
    )
    assert "data:image" not in message_html(snap.messages[0], snap)
