"""A batch's estimate, and the one line that sets it against what the account has left."""

from __future__ import annotations

import pytest

from heygen_widgets.batch import cost
from heygen_widgets.batch.cost import Credits, Estimate, describe, estimate
from heygen_widgets.batch.rows import read_rows
from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.session import account


def test_credits_moved_to_the_session_layer_and_is_still_found_here() -> None:
    assert cost.Credits is account.Credits
    assert "Credits" in cost.__all__


def test_an_estimate_is_videos_times_seconds_times_price() -> None:
    rows, _ = read_rows([f"Video {n}." for n in range(12)])
    found = estimate(rows)
    assert found == Estimate(12, cost.SECONDS_PER_VIDEO, cost.PRICE_PER_SECOND_USD)
    assert found.total == pytest.approx(72.0)
    assert estimate(rows, seconds_per_video=30, price_per_second=0.2).total == pytest.approx(72.0)
    assert estimate([]).total == 0


@pytest.mark.parametrize(
    ("credits", "line"),
    [
        (
            Credits("wallet", 500.0, "USD"),
            "12 videos, about $72.00 (60 s each at $0.10/s); the account has $500.00 left.",
        ),
        (
            Credits("wallet", 72.0, "USD"),
            "12 videos, about $72.00 (60 s each at $0.10/s); the account has $72.00 left.",
        ),
        (
            Credits("wallet", 50.0, "USD"),
            "Not enough credits: 12 videos, about $72.00 (60 s each at $0.10/s), and the account has "
            "$50.00 left; add credits to your HeyGen account or run fewer rows.",
        ),
        (
            Credits("usage_based", 4426.9, "credits"),
            "12 videos, about $72.00 (60 s each at $0.10/s); the account has 4,426.9 credits left "
            "(credits are not compared with dollars).",
        ),
        (
            Credits(None),
            "12 videos, about $72.00 (60 s each at $0.10/s); HeyGen did not say what the account has left.",
        ),
    ],
)
def test_describe_gives_one_line_and_warns_when_the_estimate_exceeds_the_balance(
    credits: Credits, line: str
) -> None:
    assert describe(credits, estimate(range(12))) == line


def test_describe_counts_one_video_and_large_sums() -> None:
    one = describe(Credits("wallet", 12_345.5), estimate(["a"], seconds_per_video=90))
    assert one == "1 video, about $9.00 (90 s each at $0.10/s); the account has $12,345.50 left."
    many = describe(Credits("wallet", 10.0), estimate(range(1000), seconds_per_video=45.5))
    assert many.startswith("Not enough credits: 1,000 videos, about $4,550.00 (45.5 s each at $0.10/s)")


def test_covered_by_compares_dollars_only() -> None:
    found = estimate(range(2))  # $12
    assert found.covered_by(Credits("wallet", 12.0)) is True
    assert found.covered_by(Credits("wallet", 11.99)) is False
    assert found.covered_by(Credits("wallet", 1e9, "credits")) is None
    assert found.covered_by(Credits("subscription")) is None


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"seconds_per_video": 0}, "seconds_per_video"),
        ({"seconds_per_video": float("nan")}, "seconds_per_video"),
        ({"seconds_per_video": "long"}, "seconds_per_video"),
        ({"price_per_second": -0.1}, "price_per_second"),
    ],
)
def test_an_estimate_refuses_lengths_and_prices_that_make_no_sense(
    options: dict[str, object], param: str
) -> None:
    with pytest.raises(InvalidParameterError, match=f"^{param} is .*; pass a number") as caught:
        estimate(range(3), **options)  # type: ignore[arg-type]
    assert caught.value.param == param


def test_credits_read_as_words() -> None:
    assert str(Credits("wallet", 500.0)) == "$500.00"
    assert str(Credits("wallet", -2.5)) == "-$2.50"
    assert str(Credits("subscription", 1500.0, "credits")) == "1,500 credits"
    assert str(Credits(None)) == "an unknown amount"
