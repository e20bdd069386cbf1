"""`Connection.credits()` reads what the account has left; a create it cannot pay for is refused once."""

from __future__ import annotations

from typing import Any

import pytest
from heygen_api.models.user_info_response import UserInfoResponse

from heygen_widgets.errors import InsufficientCreditsError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection
from heygen_widgets.session.account import Credits, credits_from
from tests.session.conftest import Sleeps

PROFILE = {"username": "u_1", "email": None, "first_name": None, "last_name": None}


def test_credits_of_the_simulators_wallet_over_loopback(fake: FakeHeyGen, connection: Connection) -> None:
    assert connection.credits() == Credits("wallet", 100_000.0, "USD")
    fake.backend.set_balance(12.5)
    assert connection.credits() == Credits("wallet", 12.5, "USD")
    assert [r.operation for r in fake.requests] == ["getCurrentUserV3", "getCurrentUserV3"]


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_a_create_without_credits_raises_once_and_creates_nothing(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps, family: Any
) -> None:
    fake.backend.set_balance(0.5)
    with pytest.raises(InsufficientCreditsError) as caught:
        connection.create("A video about credits.", family=family, mode="chat")
    error = caught.value
    assert (error.status, error.code, error.fatal) == (402, "insufficient_credit", True)
    assert "\n" not in str(error) and "Add credits to your HeyGen account" in str(error)
    assert fake.backend.sessions == {}
    assert [r.status for r in fake.requests] == [402]  # never retried: a 402 stays a 402
    assert sleeps == []
    assert list(connection.sessions()) == []


def user(**billing: Any) -> UserInfoResponse:
    return UserInfoResponse.from_dict({**PROFILE, **billing})


@pytest.mark.parametrize(
    ("billing", "expected"),
    [
        (
            {"billing_type": "wallet", "wallet": {"currency": "usd", "remaining_balance": 125.5}},
            Credits("wallet", 125.5, "USD"),
        ),
        (
            {"billing_type": "wallet", "wallet": {"currency": "credits", "remaining_balance": 900}},
            Credits("wallet", 900.0, "credits"),
        ),
        ({"billing_type": "wallet", "wallet": None}, Credits("wallet", None, "USD")),
        (
            {
                "billing_type": "subscription",
                "subscription": {
                    "plan": "team",
                    "credits": {"premium_credits": {"remaining": 500}, "add_on_credits": {"remaining": 20}},
                },
            },
            Credits("subscription", 520.0, "credits"),
        ),
        (
            {
                "billing_type": "subscription",
                "subscription": {"plan": "team", "credits": {"premium_credits": None}},
            },
            Credits("subscription", None, "credits"),
        ),
        (
            {
                "billing_type": "usage_based",
                "usage_based": {"included_credits": 4444, "remaining_credits": 4426.9},
            },
            Credits("usage_based", 4426.9, "credits"),
        ),
        (
            {
                "billing_type": "usage_based",
                "usage_based": {"spending_current_usd": 42.5, "spending_cap_usd": 100},
            },
            Credits("usage_based", 57.5, "USD"),  # no credits to count: what the cap still allows
        ),
        ({"billing_type": "usage_based", "usage_based": {}}, Credits("usage_based", None, "USD")),
        ({"billing_type": "enterprise_pool", "wallet": None}, Credits("enterprise_pool", None, "USD")),
        ({}, Credits(None, None, "USD")),
        (
            {"billing_type": None, "wallet": {"currency": "usd", "remaining_balance": 3}},
            Credits("wallet", 3.0, "USD"),  # HeyGen left the type out: the object it filled tells
        ),
    ],
    ids=[
        "wallet-usd",
        "wallet-credits",
        "wallet-missing",
        "subscription",
        "subscription-empty",
        "usage-credits",
        "usage-cap",
        "usage-empty",
        "unknown-type",
        "nothing",
        "inferred",
    ],
)
def test_credits_of_every_billing_type(billing: dict[str, Any], expected: Credits) -> None:
    """Hand-made answers of the kinds the simulator does not bill by, parsed by the generated models."""
    assert credits_from(user(**billing)) == expected
