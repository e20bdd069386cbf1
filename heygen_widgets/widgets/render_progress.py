"""Honest render progress: elapsed time, and a figure that moves between HeyGen's rare updates.

HeyGen's session progress sits at one value for most of a 20 to 45 minute render, then jumps.
The panel shows HeyGen's figure whenever it is ahead, and otherwise an estimate from the time
elapsed against HeyGen's guidance, worded as an estimate. Neither reaches 100 % before the video
is ready. Everything here is arithmetic on a clock the caller passes: no requests, no threads.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from heygen_widgets.snapshot import Phase, Snapshot

TYPICAL = (20 * 60.0, 45 * 60.0)  # HeyGen: renders take 20 to 45 minutes
CEILING = 99  # the most an unfinished render ever shows
AT_TYPICAL_END = 0.9  # the share of the way the estimate has come at the end of the typical range
LATE_EASE = 30 * 60.0  # past it, the estimate creeps towards the ceiling over about this long
TRUSTED_AGE = 6 * 3600.0  # a video "created" longer ago than this (or in the future) is another clock


def estimated_share(elapsed: float) -> float:
    """How far along a render probably is after ``elapsed`` seconds, in [0, 1).

    Linear up to 90 % at the end of HeyGen's typical range, then ever slower, never 1.
    """
    if elapsed <= 0:
        return 0.0
    end = TYPICAL[1]
    if elapsed <= end:
        return AT_TYPICAL_END * elapsed / end
    late = 1.0 - math.exp(-(elapsed - end) / LATE_EASE)
    return AT_TYPICAL_END + (1.0 - AT_TYPICAL_END) * late * 0.999


def duration_text(seconds: float) -> str:
    """``"45 s"``, ``"12 min 05 s"`` or ``"1 h 03 min"``."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


@dataclass(frozen=True)
class Shown:
    """What the header shows of a render at one moment.

    Attributes:
        percent: The bar's value, 0 to 100 (100 only once the video is ready).
        text: Elapsed time and the figure, saying whether it is HeyGen's or an estimate.
        estimated: True when the figure is the panel's estimate, not HeyGen's.
    """

    percent: int
    text: str
    estimated: bool


class RenderProgress:
    """Remembers when each render began (as the API says, else as first seen) and what HeyGen said then."""

    def __init__(self) -> None:
        """Nothing seen yet."""
        self._video: str | None = None
        self._began = 0.0
        self._base = 0
        self._from_api = False

    def began(self, snapshot: Snapshot, now: float) -> float:
        """When the render shown in ``snapshot`` began; the first call for a render fixes it."""
        key = snapshot.video_id or snapshot.session_id
        if key != self._video:
            self._video, self._began, self._from_api = key, now, False
            self._base = max(0, min(CEILING, snapshot.progress))
        created = snapshot.video.created_at if snapshot.video is not None else None
        if not self._from_api and created is not None and 0 <= now - created <= TRUSTED_AGE:
            self._began, self._from_api = float(created), True  # the API's word beats first sight
        return self._began

    def shown(self, snapshot: Snapshot, now: float) -> Shown:
        """The bar and the words for ``snapshot`` at ``now`` (Unix seconds)."""
        if snapshot.phase is not Phase.RENDERING:
            done = snapshot.video is not None and snapshot.video.ready
            return Shown(100 if done else max(0, min(CEILING, snapshot.progress)), "", False)
        elapsed = max(0.0, now - self.began(snapshot, now))
        heygen = max(0, min(CEILING, snapshot.progress))
        estimate = min(CEILING, int(self._base + (100 - self._base) * estimated_share(elapsed)))
        words = f"{duration_text(elapsed)} elapsed"
        if heygen >= estimate:
            return Shown(heygen, f"{words} · {heygen} % (HeyGen)", False)
        low, high = (int(t // 60) for t in TYPICAL)
        return Shown(
            estimate, f"{words} · about {estimate} % (estimate: renders take {low}-{high} min)", True
        )


def clock_time(stamp: float, now: float | None = None) -> str:
    """A Unix time as the kernel's local time with its zone: ``"14:02 UTC"``, with the date if not today."""
    when, today = time.localtime(stamp), time.localtime(time.time() if now is None else now)
    same_day = (when.tm_year, when.tm_yday) == (today.tm_year, today.tm_yday)
    return time.strftime("%H:%M %Z" if same_day else "%d %b %Y %H:%M %Z", when)
