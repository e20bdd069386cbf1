"""What the account has left to spend, read from ``GET /v3/users/me``.

HeyGen bills an account one of three ways, and its answer fills the matching object: a prepaid
``wallet`` (a balance in USD, or in credits for some enterprise accounts), a ``subscription``
(credit pools, for OAuth apps) or ``usage_based`` (metered, with included credits and an optional
spending cap). `Credits` is that balance in one shape, whichever way the account pays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heygen_api.models.user_info_response import UserInfoResponse


@dataclass(frozen=True)
class Credits:
    """The account's balance as ``GET /v3/users/me`` gives it.

    Attributes:
        billing_type: ``wallet``, ``subscription`` or ``usage_based`` (None when HeyGen does not say).
        remaining: What is left, in ``unit``; None when unknown.
        unit: ``USD`` or ``credits`` (meaningless while ``remaining`` is None).
    """

    billing_type: str | None
    remaining: float | None = None
    unit: str = "USD"

    def __str__(self) -> str:
        """The balance in words: ``$500.00``, ``4,426.9 credits`` or ``an unknown amount``."""
        if self.remaining is None:
            return "an unknown amount"
        if self.unit == "USD":
            return f"-${-self.remaining:,.2f}" if self.remaining < 0 else f"${self.remaining:,.2f}"
        return f"{self.remaining:,.10g} credits"


def _number(value: object) -> float | None:
    """A generated optional number field (``float | int | None | Unset``), as a finite float or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _total(*amounts: float | None) -> float | None:
    """The sum of the amounts that are known; None when none is."""
    known = [amount for amount in amounts if amount is not None]
    return sum(known) if known else None


def _wallet(user: UserInfoResponse) -> Credits:
    from heygen_api.models.wallet_info import WalletInfo  # noqa: PLC0415 - the client loads on first use

    wallet = user.wallet
    if not isinstance(wallet, WalletInfo):
        return Credits("wallet")
    unit = "USD" if str(wallet.currency).lower() == "usd" else "credits"
    return Credits("wallet", _number(wallet.remaining_balance), unit)


def _subscription(user: UserInfoResponse) -> Credits:
    from heygen_api.models.credit_pool import CreditPool  # noqa: PLC0415 - the client loads on first use
    from heygen_api.models.subscription_info import SubscriptionInfo  # noqa: PLC0415

    plan = user.subscription
    if not isinstance(plan, SubscriptionInfo):
        return Credits("subscription", None, "credits")
    pools = (plan.credits_.premium_credits, plan.credits_.add_on_credits)
    left = _total(*(_number(pool.remaining) for pool in pools if isinstance(pool, CreditPool)))
    return Credits("subscription", left, "credits")


def _usage_based(user: UserInfoResponse) -> Credits:
    from heygen_api.models.usage_based_info import UsageBasedInfo  # noqa: PLC0415 - loads on first use

    usage = user.usage_based
    if not isinstance(usage, UsageBasedInfo):
        return Credits("usage_based", None, "credits")
    credits_left = _number(usage.remaining_credits)
    if credits_left is not None:
        return Credits("usage_based", credits_left, "credits")
    cap, spent = _number(usage.spending_cap_usd), _number(usage.spending_current_usd)
    # No credits left to count: what the spending cap still allows is the balance, in dollars.
    return Credits("usage_based", cap - (spent or 0.0) if cap is not None else None, "USD")


_BY_TYPE = {"wallet": _wallet, "subscription": _subscription, "usage_based": _usage_based}


def credits_from(user: UserInfoResponse) -> Credits:
    """The balance in a ``UserInfoResponse``; a billing type HeyGen adds later gives ``remaining=None``."""
    billing = user.billing_type
    name = str(billing) if isinstance(billing, str) else None
    if name is None:  # HeyGen did not say: the one billing object it filled tells
        name = next((n for n in _BY_TYPE if _filled(user, n)), None)
    read = _BY_TYPE.get(name or "")
    return read(user) if read else Credits(name)


def _filled(user: UserInfoResponse, name: str) -> bool:
    """Whether the answer has the billing object ``name`` (not left out, not null)."""
    from heygen_api.types import Unset  # noqa: PLC0415 - the client loads on first use

    value = getattr(user, name, None)
    return value is not None and not isinstance(value, Unset)
