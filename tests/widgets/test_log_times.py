"""Every time in the log names its zone, with the date when not today and the full time on hover."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from heygen_widgets.snapshot import Message, Snapshot
from heygen_widgets.widgets.message_log import message_html
from heygen_widgets.widgets.times import stamp

AT = dt.datetime(2026, 12, 1, 14, 3, 5, tzinfo=dt.UTC).timestamp()
SAME_DAY = dt.datetime(2026, 12, 1, 18, 0, tzinfo=dt.UTC)


def shown(html: str) -> str:
    found = re.search(r'<span class="hgw-when" title="([^"]*)">([^<]*)</span>', html)
    assert found is not None, html
    return found[2]


def hover(html: str) -> str:
    found = re.search(r'class="hgw-when" title="([^"]*)"', html)
    assert found is not None, html
    return found[1]


def test_a_time_today_is_the_hour_and_its_zone() -> None:
    html = stamp(AT, zone=dt.UTC, now=SAME_DAY)
    assert shown(html) == "14:03 UTC"
    assert hover(html) == "Tuesday 1 December 2026, 14:03:05 UTC (UTC+0000)"


def test_the_zone_is_the_one_asked_for() -> None:
    html = stamp(AT, zone=ZoneInfo("Europe/Berlin"), now=SAME_DAY)
    assert shown(html) == "15:03 CET" and "UTC+0100" in hover(html)


def test_another_day_shows_its_date_and_another_year_its_year() -> None:
    assert shown(stamp(AT, zone=dt.UTC, now=SAME_DAY + dt.timedelta(days=1))) == "1 Dec, 14:03 UTC"
    assert shown(stamp(AT, zone=dt.UTC, now=SAME_DAY + dt.timedelta(days=40))) == "1 Dec 2026, 14:03 UTC"


def test_a_message_time_is_labelled_with_the_kernels_zone() -> None:
    snapshot = Snapshot("s1", "chat", "reviewing")
    message = Message("model", "Here is the draft.", created_at=int(AT))
    label = shown(message_html(message, snapshot))
    local = dt.datetime.fromtimestamp(AT, tz=dt.UTC).astimezone()
    assert label.endswith(f"{local:%H:%M} {local.tzname()}")


def test_earlier_drafts_label_their_time_as_the_log_does() -> None:
    from heygen_widgets.scenes import Draft  # noqa: PLC0415 - only this test needs it
    from heygen_widgets.snapshot import Message  # noqa: PLC0415
    from heygen_widgets.widgets.scene_html import history_html  # noqa: PLC0415

    draft = Draft((), Message("model", "a draft", created_at=1_700_000_000))
    assert stamp(1_700_000_000) in history_html([draft])
