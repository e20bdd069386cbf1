"""Render progress that moves between HeyGen's rare updates, on a tick, at no request."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.clock import StepClock
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Snapshot, Video
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.render_progress import (
    CEILING,
    RenderProgress,
    clock_time,
    duration_text,
    estimated_share,
)
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire


def tick(poller: Poller, clock: FakeClock) -> None:
    clock.advance(poller.poll_once())


@pytest.fixture
def sim_clock(fake: FakeHeyGen) -> StepClock:
    clock = fake.backend.clock
    assert isinstance(clock, StepClock)
    return clock


@pytest.fixture
def ticker(sim_clock: StepClock) -> Ticker:
    return Ticker(clock=sim_clock.now, autostart=False)


@pytest.fixture
def rendering(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    ticker: Ticker,
) -> Iterator[SessionPanel]:
    """A panel whose session was approved and now renders (HeyGen says 50 %)."""
    panel = SessionPanel(
        connection.create("A render. Cover one and two."), poller=poller, runner=inline, ticker=ticker
    )
    fake.run_until_idle()
    tick(poller, clock)
    panel.controls.approve.click()
    tick(poller, clock)
    assert panel.snapshot is not None and panel.snapshot.status == "generating"
    yield panel
    panel.close()


def test_the_estimate_moves_and_never_reaches_the_end() -> None:
    shares = [estimated_share(minute * 60.0) for minute in range(0, 300)]
    assert shares == sorted(shares) and len(set(shares)) == len(shares)  # always moving
    assert shares[0] == 0 and abs(estimated_share(45 * 60) - 0.9) < 1e-9
    assert max(shares) < 1


def test_ticks_move_elapsed_time_and_progress_without_a_request(
    fake: FakeHeyGen, rendering: SessionPanel, ticker: Ticker, sim_clock: StepClock
) -> None:
    panel = rendering
    requests, polls = len(fake.requests), panel.session.poll_requests
    assert ticker.registered == 1  # registered while it renders
    seen = []
    for _ in range(12):  # a minute, one tick every 5 s
        sim_clock.advance(5.0)
        assert ticker.tick_once() == 1
        seen.append((panel.header.progress.value, panel.header.elapsed.value))
    sim_clock.advance(10 * 60)
    ticker.tick_once()
    seen.append((panel.header.progress.value, panel.header.elapsed.value))
    assert len(fake.requests) == requests and panel.session.poll_requests == polls  # ticks read nothing
    texts = [text for _, text in seen]
    assert len(set(texts)) == len(texts)  # the elapsed time moved on every tick
    assert "estimate: renders take 20-45 min" in texts[-1] and "11 min" in texts[-1]
    bars = [value for value, _ in seen]
    assert bars == sorted(bars) and bars[-1] > 50 and bars[-1] < 100  # above HeyGen's flat 50 %


def test_elapsed_time_counts_from_the_videos_created_at(
    rendering: SessionPanel, sim_clock: StepClock
) -> None:
    snapshot = rendering.snapshot
    assert snapshot is not None and snapshot.video is not None and snapshot.video.created_at is not None
    rendering.frame.tick(snapshot.video.created_at + 125.0)
    assert "2 min 05 s elapsed" in rendering.header.elapsed.value


def test_without_created_at_it_counts_from_when_the_panel_first_saw_the_render() -> None:
    progress = RenderProgress()
    snap = Snapshot(
        session_id="s",
        family="chat",
        status="generating",
        progress=50,
        video_id="v",
        video=Video(id="v", status="processing"),
    )
    assert "0 s elapsed" in progress.shown(snap, 1000.0).text
    assert "1 min 30 s elapsed" in progress.shown(snap, 1090.0).text
    odd = replace(
        snap, video=Video(id="v", status="processing", created_at=99_999)
    )  # another clock: in the future
    assert "1 min 40 s elapsed" in progress.shown(odd, 1100.0).text


def test_heygens_figure_shows_when_it_is_ahead_and_nothing_reaches_100_before_the_video(
    rendering: SessionPanel, sim_clock: StepClock
) -> None:
    snapshot = rendering.snapshot
    assert snapshot is not None
    rendering.render(replace(snapshot, progress=97))
    assert "97 % (HeyGen)" in rendering.header.elapsed.value and rendering.header.progress.value == 97
    rendering.render(replace(snapshot, progress=100))  # HeyGen says 100 while the video is not ready yet
    rendering.frame.tick(sim_clock.now() + 5 * 3600)
    assert rendering.header.progress.value == CEILING


def test_a_finished_render_stops_ticking_and_closing_unregisters(
    fake: FakeHeyGen, rendering: SessionPanel, ticker: Ticker, poller: Poller, clock: FakeClock
) -> None:
    fake.run_until_idle()
    for _ in range(4):
        tick(poller, clock)
    assert rendering.snapshot is not None and rendering.snapshot.status == "completed"
    assert (
        ticker.registered == 0
        and rendering.header.progress.value == 100
        and rendering.header.elapsed.value == ""
    )
    snapshot = replace(rendering.snapshot, status="generating")
    rendering.render(snapshot)
    assert ticker.registered == 1
    rendering.close()
    assert ticker.registered == 0 and ticker.tick_once() == 0


def test_one_ticker_thread_serves_every_panel_and_ends_with_the_last() -> None:
    ticked = [threading.Event(), threading.Event()]

    class Member:
        def __init__(self, done: threading.Event) -> None:
            self.done = done

        def tick(self, now: float) -> None:
            self.done.set()

    ticker = Ticker(every=0.01)
    members = [Member(e) for e in ticked]
    for member in members:
        ticker.register(member)
    assert sum(t.name == "heygen-ticker" for t in threading.enumerate()) == 1
    assert all(event.wait(5.0) for event in ticked)
    for member in members:
        ticker.unregister(member)
    assert ticker.join(5.0) and not ticker.running
    assert not any(t.name == "heygen-ticker" for t in threading.enumerate())


def test_durations_read_well() -> None:
    assert [duration_text(s) for s in (0, 45, 65, 3600 + 180)] == ["0 s", "45 s", "1 min 05 s", "1 h 03 min"]


def test_times_carry_their_zone() -> None:
    noon = 1_767_268_800.0  # 2026-01-01 12:00 UTC
    assert clock_time(noon, now=noon + 60) == time.strftime("%H:%M %Z", time.localtime(noon))
    assert time.strftime("%Z", time.localtime(noon)) in clock_time(noon, now=noon + 86_400 * 3)
    assert "2026" in clock_time(noon, now=noon + 86_400 * 3)  # another day: the date too
