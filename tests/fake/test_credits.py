"""The simulator's wallet: renders cost $0.10 a second, and a create it cannot pay for is a 402."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from heygen_api import AuthenticatedClient
from heygen_api.api.user import get_current_user_v3
from heygen_api.models.billing_type import BillingType
from heygen_api.models.get_current_user_v3_response_200 import GetCurrentUserV3Response200
from heygen_api.models.user_info_response import UserInfoResponse
from heygen_api.models.wallet_info import WalletInfo

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.model import DEFAULT_BALANCE, MIN_VIDEO_SECONDS, PRICE_PER_SECOND

KEY = {"x-api-key": "credits-test"}
PROMPT = "A short video. Cover setup, first steps and help."
APPROVAL = "Looks great, generate it."
CREATES = [
    ("/v3/video-agents", {"prompt": PROMPT, "mode": "generate"}),
    ("/v3/video-agents/sessions", {"prompt": PROMPT}),
]


def balance(http: httpx.Client) -> float:
    wallet = http.get("/v3/users/me").json()["data"]["wallet"]
    assert wallet["currency"] == "usd"
    return float(wallet["remaining_balance"])


def storyboard_seconds(http: httpx.Client, session_id: str, fake: FakeHeyGen) -> float:
    """The length of the session's storyboard, from its scenes' metadata as the API shows them."""
    with fake.backend.lock:
        resources = [r for r in fake.backend.sessions[session_id].resources.values() if r.scene]
    return sum(
        float(
            http.get(f"/v3/video-agents/{session_id}/resources/{r.id}").json()["data"]["metadata"]["duration"]
        )
        for r in resources
    )


def test_the_account_is_a_wallet_in_usd_as_the_spec_says(
    fake: FakeHeyGen, client: AuthenticatedClient
) -> None:
    """Read with the generated client, and the answer checked against the spec by the fixture."""
    answer = get_current_user_v3.sync(client=client)
    assert isinstance(answer, GetCurrentUserV3Response200)
    user = answer.data
    assert isinstance(user, UserInfoResponse)
    assert user.billing_type == BillingType.WALLET
    assert isinstance(user.wallet, WalletInfo)
    assert user.wallet.currency == "usd"
    assert user.wallet.remaining_balance == DEFAULT_BALANCE
    assert user.subscription is None and user.usage_based is None


def test_a_render_costs_its_storyboard_seconds_at_ten_cents(fake: FakeHeyGen, http: httpx.Client) -> None:
    before = balance(http)
    session_id = http.post("/v3/video-agents", json={"prompt": PROMPT, "mode": "chat"}).json()["data"][
        "session_id"
    ]
    fake.run_until_idle()
    assert balance(http) == before  # drafting and review are free
    seconds = storyboard_seconds(http, session_id, fake)
    assert seconds >= MIN_VIDEO_SECONDS
    assert http.post(f"/v3/video-agents/{session_id}", json={"message": APPROVAL}).status_code == 200
    price = round(seconds * PRICE_PER_SECOND, 2)
    assert balance(http) == pytest.approx(before - price)  # charged as the render starts
    fake.run_until_idle()
    assert http.get(f"/v3/video-agents/{session_id}").json()["data"]["status"] == "completed"
    assert balance(http) == pytest.approx(before - price)  # and only once
    assert http.get("/_fake/credits").json() == {
        "balance": pytest.approx(before - price),
        "spent": pytest.approx(price),
        "currency": "usd",
    }


@pytest.mark.parametrize(("path", "body"), CREATES, ids=["chat", "sessions"])
def test_a_create_the_wallet_cannot_pay_for_is_a_402_and_creates_nothing(
    fake: FakeHeyGen, http: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    shortest = round(MIN_VIDEO_SECONDS * PRICE_PER_SECOND, 2)
    assert http.post("/_fake/credits", json={"balance": shortest - 0.01}).status_code == 200
    answer = http.post(path, json=body)
    assert answer.status_code == 402
    error = answer.json()["error"]
    assert error["code"] == "insufficient_credit"  # HeyGen's documented code, with its 402
    assert "$0.89 left" in error["message"] and "Purchase additional API credits" in error["message"]
    assert http.get("/v3/video-agents").json()["data"] == []
    assert fake.backend.sessions == {}
    assert [r.status for r in fake.requests if r.operation.startswith("create")] == [402]
    http.post("/_fake/credits", json={"balance": shortest})  # exactly the shortest video: allowed
    assert http.post(path, json=body).status_code == 200


def test_a_render_the_wallet_cannot_pay_for_fails_and_costs_nothing(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    http.post("/_fake/credits", json={"balance": 1.0})  # enough to start, not for this storyboard
    session_id = http.post("/v3/video-agents", json={"prompt": PROMPT, "mode": "generate"}).json()["data"][
        "session_id"
    ]
    fake.run_until_idle()
    session = http.get(f"/v3/video-agents/{session_id}").json()["data"]
    assert session["status"] == "failed"
    assert "run out of credits" in session["messages"][0]["content"]
    video = http.get(f"/v3/videos/{session['video_id']}").json()["data"]
    assert (video["status"], video["failure_code"]) == ("failed", "insufficient_credit")
    assert balance(http) == 1.0


def test_an_approval_the_wallet_cannot_pay_for_is_a_402_and_applies_nothing(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    session_id = http.post("/v3/video-agents", json={"prompt": PROMPT, "mode": "chat"}).json()["data"][
        "session_id"
    ]
    fake.run_until_idle()
    http.post("/_fake/credits", json={"balance": 1.0})
    answer = http.post(f"/v3/video-agents/{session_id}", json={"message": APPROVAL})
    assert (answer.status_code, answer.json()["error"]["code"]) == (402, "insufficient_credit")
    session = http.get(f"/v3/video-agents/{session_id}").json()["data"]
    assert session["status"] == "reviewing" and session["video_id"] is None
    assert APPROVAL not in [m["content"] for m in session["messages"]]


@pytest.mark.parametrize("body", [{}, {"balance": "lots"}, {"balance": True}, {"balance": -1}])
def test_the_credits_control_refuses_what_is_not_a_balance(
    fake: FakeHeyGen, http: httpx.Client, body: dict[str, Any]
) -> None:
    answer = http.post("/_fake/credits", json=body)
    assert answer.status_code == 400 and "balance" in answer.json()["error"]
    assert balance(http) == DEFAULT_BALANCE


def test_credits_set_at_start_come_back_after_a_reset() -> None:
    with FakeHeyGen(credits=25.5) as fake, httpx.Client(base_url=fake.url, headers=KEY) as http:
        assert balance(http) == 25.5
        http.post("/_fake/credits", json={"balance": 3})
        assert balance(http) == 3.0
        fake.reset()
        assert balance(http) == 25.5


def test_the_per_user_simulator_keeps_the_balance_in_its_store(tmp_path: Path) -> None:
    store = tmp_path / "simulator.sqlite3"
    first = FakeHeyGen(store=store)  # never started: the backend and its store are enough here
    assert first.backend.account().balance == DEFAULT_BALANCE
    first.backend.set_balance(42.0)
    first.backend.store.close()
    again = FakeHeyGen(store=store)
    assert again.backend.account().balance == 42.0
    again.backend.store.close()
    told = FakeHeyGen(store=store, credits=7.0)  # an explicit balance wins over the stored one
    assert told.backend.account().balance == 7.0
    told.backend.store.close()
