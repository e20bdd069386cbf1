"""How the panel shows a time: the kernel's zone named, the date when not today, all of it on hover."""

from __future__ import annotations

import datetime as dt

from heygen_widgets.widgets.html import text


def stamp(when: float, *, zone: dt.tzinfo | None = None, now: dt.datetime | None = None) -> str:
    """A time as "14:03 UTC" (the date too when not today), the full timestamp on hover.

    ``zone`` defaults to the kernel's local zone, which names itself ("UTC", "CET", ...).
    """
    moment = dt.datetime.fromtimestamp(when, tz=dt.UTC).astimezone(zone)
    today = (now or dt.datetime.now(tz=dt.UTC)).astimezone(moment.tzinfo).date()
    name = moment.tzname() or moment.strftime("UTC%z")
    shown = f"{moment:%H:%M} {name}"
    if moment.date() != today:
        year = f" {moment.year}" if moment.year != today.year else ""
        shown = f"{moment.day} {moment:%b}{year}, {shown}"
    full = f"{moment:%A} {moment.day} {moment:%B %Y}, {moment:%H:%M:%S} {name} (UTC{moment:%z})"
    return f'<span class="hgw-when" title="{text(full)}">{text(shown)}</span>'
