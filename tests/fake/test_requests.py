"""Input checks, auth, unknown ids, limits and Idempotency-Key, in HeyGen's error envelope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen

CREATE = "/v3/video-agents"


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "param", "doc_url"}
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({}, "prompt"),
        ({"prompt": ""}, "prompt"),
        ({"prompt": "x" * 10_001}, "prompt"),
        ({"prompt": "hi", "files": [{"type": "url", "url": "https://x/a.png"}] * 21}, "files"),
        ({"prompt": "hi", "colour": "red"}, "colour"),
        ({"prompt": "hi", "files": [{"type": "ftp", "url": "x"}]}, "files[0].type"),
        ({"prompt": "hi", "files": [{"type": "base64", "media_type": "image/png"}]}, "files[0].data"),
        (
            {"prompt": "hi", "files": [{"type": "base64", "media_type": "image/png", "data": "%%%"}]},
            "files[0].data",
        ),
        ({"prompt": "hi", "files": [{"type": "asset_id", "asset_id": "asset_nope"}]}, "files[0].asset_id"),
        ({"prompt": "hi", "mode": "batch"}, "mode"),
        ({"prompt": "hi", "orientation": "square"}, "orientation"),
        ({"prompt": "hi", "incognito_mode": "yes"}, "incognito_mode"),
    ],
)
def test_bad_input_is_a_400_naming_the_param(http: httpx.Client, body: dict[str, Any], param: str) -> None:
    response = http.post(CREATE, json=body)
    assert response.status_code == 400
    error = error_of(response)
    assert (error["code"], error["param"]) == ("invalid_parameter", param)
    assert "\n" not in error["message"]


def test_bad_input_creates_nothing(fake: FakeHeyGen, http: httpx.Client) -> None:
    http.post(CREATE, json={"prompt": ""})
    http.post("/v3/video-agents/sessions", json={"prompt": "hi", "auto_proceed": "sure"})
    assert fake.backend.sessions == {}


def test_messages_are_refused_while_the_agent_works_and_in_generate_mode(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    chat_id = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]
    busy = http.post(f"{CREATE}/{chat_id}", json={"message": "faster"})
    assert busy.status_code == 400 and "still working" in error_of(busy)["message"]
    one_shot = http.post(CREATE, json={"prompt": "hi"}).json()["data"]["session_id"]
    fake.run_until_idle()
    refused = http.post(f"{CREATE}/{one_shot}", json={"message": "more"})
    assert refused.status_code == 400 and "mode 'chat'" in error_of(refused)["message"]


def test_auth_accepts_x_api_key_or_bearer_and_refuses_anything_else(fake: FakeHeyGen) -> None:
    with httpx.Client(base_url=fake.url) as anonymous:
        missing = anonymous.get("/v3/users/me")
        assert missing.status_code == 401 and error_of(missing)["code"] == "authentication_failed"
        assert anonymous.get("/v3/users/me", headers={"Authorization": "Basic abc"}).status_code == 401
        assert anonymous.get("/v3/users/me", headers={"Authorization": "Bearer tok"}).status_code == 200
        assert anonymous.get("/v3/users/me", headers={"x-api-key": "k"}).status_code == 200
    with FakeHeyGen(api_keys=frozenset({"right"})) as strict, httpx.Client(base_url=strict.url) as other:
        assert other.get("/v3/users/me", headers={"x-api-key": "wrong"}).status_code == 401
        assert other.get("/v3/users/me", headers={"x-api-key": "right"}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/v3/video-agents/sess_nope",
        "/v3/video-agents/sessions/sess_nope",
        "/v3/videos/vid_nope",
        "/v3/video-agents/sess_nope/resources/res_nope",
    ],
)
def test_unknown_ids_are_404(http: httpx.Client, path: str) -> None:
    response = http.get(path)
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"


def test_a_session_is_only_visible_through_its_own_family(http: httpx.Client) -> None:
    chat_id = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]
    assert http.get(f"/v3/video-agents/sessions/{chat_id}").status_code == 404
    legacy = http.post("/v3/video-agents/sessions", json={"prompt": "hi"}).json()["data"]["session_id"]
    assert http.get(f"{CREATE}/{legacy}").status_code == 404


def test_idempotency_key_replays_the_first_answer_and_creates_nothing_new(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    headers = {"Idempotency-Key": "create-0001"}
    first = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}, headers=headers)
    again = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}, headers=headers)
    assert first.json() == again.json()
    assert len(fake.backend.sessions) == 1
    assert [r.replayed for r in fake.requests] == [False, True]
    other = http.post(
        CREATE, json={"prompt": "hi", "mode": "chat"}, headers={"Idempotency-Key": "create-0002"}
    )
    assert other.json()["data"]["session_id"] != first.json()["data"]["session_id"]
    bad = http.post(CREATE, json={"prompt": "hi"}, headers={"Idempotency-Key": "spaces are not allowed"})
    assert bad.status_code == 400 and error_of(bad)["param"] == "Idempotency-Key"


def test_a_failed_request_does_not_burn_its_idempotency_key(fake: FakeHeyGen, http: httpx.Client) -> None:
    headers = {"Idempotency-Key": "k-1"}
    assert http.post(CREATE, json={"prompt": ""}, headers=headers).status_code == 400
    assert http.post(CREATE, json={"prompt": "hi"}, headers=headers).status_code == 200
    assert len(fake.backend.sessions) == 1


def test_concurrent_job_limit_is_a_429_with_retry_after() -> None:
    with (
        FakeHeyGen(concurrent_jobs=2) as fake,
        httpx.Client(base_url=fake.url, headers={"x-api-key": "k"}) as http,
    ):
        for _ in range(2):
            assert http.post(CREATE, json={"prompt": "hi"}).status_code == 200
        third = http.post(CREATE, json={"prompt": "hi"})
        assert third.status_code == 429 and third.headers["Retry-After"] == "5"
        assert error_of(third)["code"] == "rate_limit_exceeded"
        fake.run_until_idle()  # both finish, freeing their slots
        assert http.post(CREATE, json={"prompt": "hi"}).status_code == 200


def test_request_rate_limit_is_a_429_with_retry_after() -> None:
    with (
        FakeHeyGen(requests_per_second=3) as fake,
        httpx.Client(base_url=fake.url, headers={"x-api-key": "k"}) as http,
    ):
        codes = [http.get("/v3/users/me").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]  # step mode: the clock stands still between steps
        limited = http.get("/v3/users/me")
        assert limited.headers["Retry-After"] == "1" and error_of(limited)["code"] == "rate_limit_exceeded"
        fake.step()  # a step moves the clock on by a second
        assert http.get("/v3/users/me").status_code == 200


def test_polls_can_drive_the_agent_in_step_mode(fake: FakeHeyGen, http: httpx.Client) -> None:
    fake.backend.limits.polls_per_step = 2
    session_id = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]
    progress = [http.get(f"{CREATE}/{session_id}").json()["data"]["progress"] for _ in range(4)]
    assert progress == [0, 8, 8, progress[3]] and progress[3] > 8


def test_only_reads_of_the_session_count_as_polls(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]
    fake.run_until_idle()
    fake.backend.limits.polls_per_step = 1
    http.post(f"{CREATE}/{session_id}", json={"message": "shorter"})
    http.post(f"{CREATE}/{session_id}/stop", json={})
    http.get(f"{CREATE}/{session_id}/videos")
    session = fake.backend.sessions[session_id]
    assert (session.phase.value, len(session.run)) == ("drafting", 2)  # send, stop, listing: no stage done
    http.get(f"{CREATE}/{session_id}")
    assert (session.phase.value, len(session.run)) == ("review", 0)  # the poll: a stage, then the stop
