"""What a batch will cost, and what the account has left (``GET /v3/users/me``)."""

from __future__ import annotations

import math
from collections.abc import Sized
from dataclasses import dataclass

from heygen_widgets.errors import InvalidParameterError
from heygen_widgets.session.account import Credits

__all__ = [
    "PRICE_PER_SECOND_USD",
    "SECONDS_PER_VIDEO",
    "Credits",
    "Estimate",
    "describe",
    "estimate",
]

PRICE_PER_SECOND_USD = 0.10  # Video Agent, per second of video (HeyGen's pricing page)
SECONDS_PER_VIDEO = 60.0  # what an estimate assumes for a row that does not say


@dataclass(frozen=True)
class Estimate:
    """A batch's expected cost: ``videos * seconds * price``, before any row runs."""

    videos: int
    seconds_per_video: float
    price_per_second: float

    @property
    def total(self) -> float:
        """In USD."""
        return self.videos * self.seconds_per_video * self.price_per_second

    def covered_by(self, credits: Credits) -> bool | None:
        """Whether ``credits`` pay for the whole estimate; None when that cannot be told.

        Only a balance in USD is compared: HeyGen does not say what a credit is worth in dollars.
        """
        if credits.remaining is None or credits.unit != "USD":
            return None
        return credits.remaining >= self.total - 0.005  # to the cent


def _positive(param: str, value: float, *, zero: bool) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number < 0 or (number == 0 and not zero):
        least = "0 or more" if zero else "more than 0"
        raise InvalidParameterError(
            f"{param} is {value!r}; pass a number {least}.", code="invalid_parameter", param=param
        )
    return number


def estimate(
    rows: Sized,
    seconds_per_video: float = SECONDS_PER_VIDEO,
    price_per_second: float = PRICE_PER_SECOND_USD,
) -> Estimate:
    """What running ``rows`` (one video each) is expected to cost.

    Args:
        rows: The rows to run (any sized collection: `Row`s, ledger entries, prompts).
        seconds_per_video: The length each video is expected to have.
        price_per_second: USD per second of video.

    Raises:
        InvalidParameterError: A length that is not more than 0, or a negative price.
    """
    return Estimate(
        len(rows),
        _positive("seconds_per_video", seconds_per_video, zero=False),
        _positive("price_per_second", price_per_second, zero=True),
    )


def _usd(amount: float) -> str:
    return f"${amount:,.2f}"


def describe(credits: Credits, estimate: Estimate) -> str:
    """One line: the estimate, what the account has left, and a warning when that is not enough.

    For example ``12 videos, about $72.00 (60 s each at $0.10/s); the account has $500.00 left.``
    """
    count = f"{estimate.videos:,} video{'' if estimate.videos == 1 else 's'}"
    cost = (
        f"{count}, about {_usd(estimate.total)} "
        f"({estimate.seconds_per_video:g} s each at {_usd(estimate.price_per_second)}/s)"
    )
    covered = estimate.covered_by(credits)
    if covered is False:
        return (
            f"Not enough credits: {cost}, and the account has {credits} left; "
            "add credits to your HeyGen account or run fewer rows."
        )
    if credits.remaining is None:
        return f"{cost}; HeyGen did not say what the account has left."
    if covered is None:  # a balance in credits: HeyGen gives no rate to dollars to compare with
        return f"{cost}; the account has {credits} left (credits are not compared with dollars)."
    return f"{cost}; the account has {credits} left."
