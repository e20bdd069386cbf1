"""The gallery's buttons and lines: Cancel, Retry failed, the credits line, a stopped batch, escaping."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import KEY, Wire
from tests.widgets.helpers import Deferred
from tests.widgets.helpers import run_gallery as run


def test_cancel_stops_every_running_session_and_is_off_once_nothing_runs(
    fake: FakeHeyGen, poller: Poller, gallery_on: Callable[..., SessionGallery]
) -> None:
    gallery = gallery_on(["a", "b", "c"], max_concurrent=2)
    cancel = gallery.controls.cancel
    assert not cancel.disabled
    assert (
        cancel.tooltip
        == "Stop the 2 running sessions and cancel the 1 row still queued; finished videos stay"
    )
    cancel.click()
    assert all(s.stop_requested for s in fake.backend.sessions.values()) and len(fake.backend.sessions) == 2
    assert [r["state"] for r in gallery.results()] == ["cancelled"] * 3
    assert [r["status"] for r in gallery.results()] == [
        "cancelled"
    ] * 3  # not HeyGen's status before the stop
    assert ">cancelled</span>" in gallery.cards[0].value
    assert "Cancelled: 2 of 2 running sessions stopped; no queued row will start" in gallery.notice.value
    assert cancel.disabled and cancel.tooltip == "Nothing runs: every row has an outcome"
    assert gallery.finished and not poller.session_ids
    assert "0 of 3 finished · 0 running · 0 queued · 0 failed · 3 cancelled" in gallery.progress.value
    gallery.close()


def test_retry_failed_gives_each_failed_row_a_new_session(
    fake: FakeHeyGen, poller: Poller, clock: FakeClock, gallery_on: Callable[..., SessionGallery]
) -> None:
    fake.inject("error", "createVideoAgentV3", status=400)  # refused for good: nothing was created
    gallery = gallery_on(["Refused at first", "Accepted"], max_concurrent=1)
    retry = gallery.controls.retry
    run(gallery, fake, poller, clock)
    assert [r["state"] for r in gallery.results()] == ["failed", "finished"]
    assert gallery.results()[0]["note"].startswith("not started:")
    assert not retry.disabled
    assert retry.tooltip == "Start a new session for the 1 row that failed (about $6.00 more)"
    retry.click()
    assert "Retrying 1 row: each gets a new session." in gallery.notice.value
    run(gallery, fake, poller, clock)
    assert [r["state"] for r in gallery.results()] == ["finished", "finished"]
    assert retry.disabled and retry.tooltip == "No row failed"
    assert len(fake.backend.sessions) == 2
    gallery.close()


def test_the_credits_line_gives_the_estimate_against_the_balance_before_the_batch_starts(
    fake: FakeHeyGen, gallery_on: Callable[..., SessionGallery]
) -> None:
    httpx.post(f"{fake.url}/_fake/credits", json={"balance": 500}).raise_for_status()
    gallery = gallery_on(["a", "b", "c"])
    expected = "Before starting: 3 videos, about $18.00 (60 s each at $0.10/s); the account has $500.00 left."
    assert gallery.cost.value == expected and expected in gallery._saved_bundle()["text/html"]
    gallery.close()
    fake.backend.set_balance(10)
    tight = gallery_on(["d", "e", "f"])
    assert 'class="hgw-error"' in tight.cost.value and "Not enough credits: 3 videos" in tight.cost.value
    assert "the account has $10.00 left" in tight.cost.value
    tight.close()


def test_a_credits_read_that_fails_is_one_line_and_the_batch_goes_on(
    fake: FakeHeyGen, gallery_on: Callable[..., SessionGallery]
) -> None:
    fake.inject("scope", "getCurrentUserV3")
    gallery = gallery_on(["a", "b"])
    line = gallery.cost.value
    assert line.count("\n") == 0 and "Could not read what the account has left:" in line
    assert "the batch goes on without it" in line and KEY not in line
    assert len(fake.backend.sessions) == 2
    gallery.close()


@pytest.mark.parametrize(
    ("fault", "said"),
    [
        ({"balance": 0}, "Insufficient API credits"),
        ("scope", "scope"),
    ],
)
def test_a_batch_stopped_for_credits_or_the_key_says_so_at_the_top(
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    tmp_path: Path,
    wire: Wire,
    fault: Any,
    said: str,
) -> None:
    if fault == "scope":
        fake.inject("scope", "createVideoAgentV3")
    else:
        fake.backend.set_balance(fault["balance"])
    later = Deferred()  # the batch stops on its own thread, after the gallery's first look
    gallery = SessionGallery(
        ["a", "b"], connection=connection, poller=poller, runner=later, ledger=tmp_path / "g"
    )
    later.run()
    notice = gallery.notice.value
    assert notice.startswith("Stopped starting rows:") and said in notice
    assert "The other rows stay queued: run this cell again once that is fixed." in notice
    assert [r["state"] for r in gallery.wait(timeout=0)] == ["queued", "queued"]  # stopped: wait returns
    assert not fake.backend.sessions
    cancel = gallery.controls.cancel
    assert cancel.disabled and cancel.tooltip.startswith("Nothing runs: the batch stopped starting rows")
    gallery.close()


def test_text_from_heygen_and_from_the_rows_is_escaped(
    fake: FakeHeyGen, poller: Poller, clock: FakeClock, gallery_on: Callable[..., SessionGallery]
) -> None:
    prompt = 'A <script>alert("x")</script> clip & more'
    gallery = gallery_on([prompt, "<b>bad</b>" * 2_000])
    session_id = gallery.results()[0]["session_id"]
    fake.backend.override_answer(session_id, {"title": "<img src=x onerror=alert(1)>"})
    run(gallery, fake, poller, clock)
    card, left_out = gallery.cards
    assert gallery.results()[0]["title"] == "<img src=x onerror=alert(1)>"  # as HeyGen said it
    shown = card.value + gallery.table.value + gallery._saved_bundle()["text/html"] + left_out.value
    assert "<script>" not in shown and "<img src=x" not in shown and "<b>bad" not in shown
    assert "&lt;script&gt;" in card.value and "&lt;script&gt;" in gallery.table.value  # the prompt
    assert "&lt;img src=x" in card.value and "&lt;img src=x" in gallery.table.value
    assert "&amp; more" in card.value and "&lt;b&gt;bad" in left_out.value
    gallery.close()


def test_a_ledger_in_use_by_another_process_is_said_in_one_line_and_nothing_is_created(
    fake: FakeHeyGen, gallery_on: Callable[..., SessionGallery], tmp_path: Path
) -> None:
    holder = os.open(tmp_path / "g.sqlite.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a kernel or a command running it would
        os.write(holder, b"4242")
        gallery = gallery_on(["a", "b"])
        notice = gallery.notice.value
        assert notice.startswith("Not started: The ledger") and "pid 4242" in notice and "\n" not in notice
        assert not fake.backend.sessions
        assert [r["state"] for r in gallery.wait(timeout=0)] == ["queued", "queued"]  # nothing will run
        gallery.close()
    finally:
        os.close(holder)
