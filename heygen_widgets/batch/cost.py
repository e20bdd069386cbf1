"""What a batch will cost, and what the account has left (``GET /v3/users/me``)."""

from __future__ import annotations

from dataclasses import dataclass

PRICE_PER_SECOND_USD = 0.10  # Video Agent, per second of video (HeyGen's pricing page)
SECONDS_PER_VIDEO = 60.0  # what an estimate assumes for a row that does not say


@dataclass(frozen=True)
class Credits:
    """The account's balance as ``GET /v3/users/me`` gives it.

    Attributes:
        billing_type: ``wallet``, ``subscription`` or ``usage_based`` (None when HeyGen does not say).
        remaining: What is left, in ``unit``; None when unknown.
        unit: ``USD`` or ``credits``.
    """

    billing_type: str | None
    remaining: float | None
    unit: str


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
