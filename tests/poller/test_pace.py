"""The pace arithmetic on its own, and the duck-typed error hooks."""

from __future__ import annotations

import math

import pytest

from heygen_widgets.poller.pace import Pace, is_fatal, retry_after
from heygen_widgets.snapshot import Phase
from tests.poller.fakes import NotFound, RateLimited


def test_the_defaults() -> None:
    pace = Pace()
    assert (pace.quick, pace.quick_for, pace.working, pace.review) == (0.5, 10.0, 1.0, 10.0)
    assert (pace.rendering_start, pace.rendering_factor, pace.rendering_max) == (2.0, 1.5, 30.0)
    assert (pace.error_start, pace.error_factor, pace.error_max, pace.jitter) == (0.5, 1.5, 30.0, 0.2)
    assert (pace.retry_after_max, pace.idle) == (120.0, 60.0)


@pytest.mark.parametrize(
    ("phase", "wait"),
    [
        (Phase.WORKING, 1.0),
        (Phase.UNKNOWN, 1.0),
        (Phase.REVIEW, 10.0),
        (Phase.RENDERING, 2.0),
        (Phase.DONE, 10.0),
        (Phase.FAILED, 10.0),
    ],
)
def test_steady_interval_per_phase(phase: Phase, wait: float) -> None:
    assert Pace().steady(phase) == wait


def test_rendering_starts_backs_off_caps_and_resets() -> None:
    pace = Pace()
    assert pace.rendering(None, changed=False) == 2.0
    assert pace.rendering(2.0, changed=False) == 3.0
    assert pace.rendering(25.0, changed=False) == 30.0
    assert pace.rendering(30.0, changed=True) == 2.0


def test_error_backoff_grows_to_the_cap_and_jitter_only_shortens_it() -> None:
    pace = Pace()
    waits = [pace.after_error(n, None, 0.0) for n in range(1, 14)]
    assert waits == pytest.approx([0.5 * 1.5**k for k in range(11)] + [30.0, 30.0])
    assert sum(waits[:4]) < 5  # the first retries are quick: a poll is a single attempt
    assert pace.after_error(10_000, None, 0.0) == 30.0  # no overflow after a long outage
    assert pace.after_error(12, None, 0.999) == pytest.approx(30.0 * (1 - 0.2 * 0.999))
    assert pace.after_error(1, 5.0, 0.999) == 5.0  # retry_after is a floor the jitter cannot cut


@pytest.mark.parametrize(
    ("error", "hint"),
    [
        (RateLimited(3), 3.0),
        (RateLimited(2.5), 2.5),
        (RateLimited(None), None),
        (RateLimited(-1), None),
        (RateLimited(math.inf), None),
        (RateLimited(True), None),
        (ValueError("no hint"), None),
    ],
)
def test_retry_after_reads_only_usable_numbers(error: Exception, hint: float | None) -> None:
    assert retry_after(error) == hint


def test_fatal_needs_fatal_true() -> None:
    assert is_fatal(NotFound())
    assert not is_fatal(ValueError())
    odd = ValueError()
    odd.fatal = "yes"  # type: ignore[attr-defined]
    assert not is_fatal(odd)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"quick": 0}, "Pace.quick must be a positive"),
        ({"review": -1}, "Pace.review must be a positive"),
        ({"idle": math.nan}, "Pace.idle must be a positive"),
        ({"jitter": 1.0}, "Pace.jitter is a fraction"),
        ({"rendering_factor": 0.5}, "at least 1"),
    ],
)
def test_nonsense_paces_are_refused(bad: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Pace(**bad)


def test_no_jitter_is_allowed() -> None:
    assert Pace(jitter=0).after_error(1, None, 0.9) == 0.5
