"""The panel's frame: the result under the header, a body that stacks in narrow cells, rows that wrap."""

from __future__ import annotations

import re

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.runtime import Inline
from heygen_widgets.widgets.style import CSS
from tests.widgets.conftest import Wire


def test_the_video_sits_right_under_the_header_and_the_body_can_stack(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    panel = SessionPanel(
        connection.create("hi"), poller=poller, runner=inline, ticker=Ticker(autostart=False)
    )
    kids = list(panel.children)
    assert kids.index(panel.result) == kids.index(panel.header) + 1
    body = next(k for k in kids if "hgw-body" in k._dom_classes)
    assert list(body.children) == [panel.message_log, panel.storyboard]
    assert kids.index(body) < kids.index(panel.feedback) < kids.index(panel.controls)
    assert not panel.message_log.layout.flex and not panel.storyboard.layout.flex  # sizes live in the CSS
    panel.close()


def test_the_css_follows_the_cells_width_not_the_windows() -> None:
    assert re.search(r"\.hgw-panel \{[^}]*container-type: inline-size", CSS)
    narrow = re.search(r"@container hgw-panel \(max-width: 720px\) \{(.*?)\n\}", CSS, re.S)
    assert narrow is not None and "flex-direction: column" in narrow.group(1)
    assert "min-height" in narrow.group(1)  # the log keeps a readable height when stacked
    assert "@media" not in CSS.split("/* Narrow and wide")[1]  # not the window's width
    assert re.search(r"\.widget-hbox \{[^}]*flex-wrap: wrap", CSS)  # button rows wrap
