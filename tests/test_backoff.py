"""One backoff rule for the transport, the poller and a batch, with ``Retry-After`` as a floor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heygen_widgets.backoff import Backoff, hint
from heygen_widgets.batch._pace import Slots
from heygen_widgets.errors import RateLimitError
from heygen_widgets.poller import Pace
from heygen_widgets.session import RetryPolicy

ROOT = Path(__file__).resolve().parent.parent


def test_the_rule_doubles_caps_jitters_and_keeps_retry_after_as_a_floor() -> None:
    rule = Backoff(start=1.0, factor=2.0, cap=8.0, jitter=0.5, retry_after_max=60.0)
    assert [rule.delay(n, None, 0.0) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert rule.delay(3, None, 0.999) == pytest.approx(4.0 * (1 - 0.5 * 0.999))
    assert rule.delay(1, 30.0, 0.999) == 30.0  # the jitter never cuts below the server's hint
    assert rule.delay(1, 3600.0, 0.0) == 60.0  # a silly header is clamped
    assert rule.delay(10_000, None, 0.0) == 8.0  # no overflow after a long outage


@pytest.mark.parametrize("retry_after", [None, 0.0, 2.0, 500.0])
@pytest.mark.parametrize("failures", [1, 2, 5, 40])
def test_the_three_callers_are_the_one_rule_with_their_own_numbers(
    failures: int, retry_after: float | None
) -> None:
    policy, pace, spread = RetryPolicy(), Pace(), 0.3
    assert policy.delay(failures - 1, retry_after, 1 - spread) == Backoff(
        policy.base, 2.0, policy.cap, 0.5, policy.max_retry_after
    ).delay(failures, retry_after, spread)
    assert pace.after_error(failures, retry_after, spread) == Backoff(
        pace.error_start, pace.error_factor, pace.error_max, pace.jitter, pace.retry_after_max
    ).delay(failures, retry_after, spread)
    slots = Slots(3)  # a batch's creates: the gallery's numbers, 5 s doubling to 60 s
    waits = [slots.refused(1, retry_after) for _ in range(failures)]
    assert waits[-1] == Backoff(5.0, 2.0, 60.0, 0.0, 300.0).delay(failures, retry_after, 0.0)


def test_hint_reads_an_errors_retry_after() -> None:
    assert hint(RateLimitError("slow down", retry_after=3)) == 3.0
    assert hint(RateLimitError("slow down")) is None
    assert hint(ValueError("no hint")) is None


def test_the_retry_after_header_is_read_in_one_place() -> None:
    """Only the transport reads the header (and `retry_after_seconds` parses it); the simulator writes it."""
    reading = re.compile(r"""headers(\.get\(|\[)\s*["']retry-after["']""", re.IGNORECASE)
    parsing = re.compile(r"parsedate_to_datetime")
    found = {
        p.relative_to(ROOT).as_posix(): (bool(reading.search(text)), bool(parsing.search(text)))
        for p in sorted((ROOT / "heygen_widgets").rglob("*.py"))
        if "/fake/" not in p.as_posix() and (text := p.read_text("utf-8"))
    }
    assert [name for name, (reads, _) in found.items() if reads] == ["heygen_widgets/session/wire.py"]
    assert [name for name, (_, parses) in found.items() if parses] == ["heygen_widgets/session/_retry.py"]
