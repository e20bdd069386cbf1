"""Every fault kind, on demand, per operation; and the request log that lets tests count."""

from __future__ import annotations

import json

import httpx
import pytest
from heygen_api import AuthenticatedClient
from heygen_api.api.video_agent import get_video_agent_session

from heygen_widgets.fake import FakeHeyGen, Fault

CREATE = "/v3/video-agents"


def new_session(fake: FakeHeyGen, http: httpx.Client) -> str:
    session_id: str = http.post(CREATE, json={"prompt": "hi", "mode": "chat"}).json()["data"]["session_id"]
    fake.run_until_idle()
    return session_id


def test_rate_limit_and_server_errors_hit_only_their_operation(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id = new_session(fake, http)
    fake.inject("rate_limit", "getVideoAgentSession", retry_after=7, times=2)
    fake.inject("error", "getVideoV3", status=503)
    assert http.get("/v3/users/me").status_code == 200
    limited = [http.get(f"{CREATE}/{session_id}") for _ in range(3)]
    assert [r.status_code for r in limited] == [429, 429, 200]
    assert limited[0].headers["Retry-After"] == "7"
    assert limited[0].json()["error"]["code"] == "rate_limit_exceeded"
    unavailable = http.get("/v3/videos/vid_x")
    assert unavailable.status_code == 503 and unavailable.json()["error"]["code"] == "service_unavailable"
    assert [r.fault for r in fake.requests] == [None, None, "rate_limit", "rate_limit", None, "error"]


def test_a_drop_before_processing_creates_nothing(fake: FakeHeyGen, http: httpx.Client) -> None:
    fake.inject("drop", "createVideoAgentV3")
    with pytest.raises(httpx.TransportError):  # the connection ends before a whole answer
        http.post(CREATE, json={"prompt": "hi"})
    assert fake.backend.sessions == {}
    assert [(r.operation, r.status, r.fault) for r in fake.requests] == [("createVideoAgentV3", 0, "drop")]


def test_a_drop_after_processing_keeps_the_work_and_an_idempotent_retry_gets_the_answer(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    fake.inject("drop_after", "createVideoAgentV3")
    headers = {"Idempotency-Key": "retry-me"}
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(CREATE, json={"prompt": "hi"}, headers=headers)
    assert len(fake.backend.sessions) == 1  # processed, though the answer was lost
    retried = http.post(CREATE, json={"prompt": "hi"}, headers=headers)
    assert retried.json()["data"]["session_id"] == next(iter(fake.backend.sessions))
    assert len(fake.backend.sessions) == 1
    assert [(r.fault, r.replayed) for r in fake.requests] == [("drop_after", False), (None, True)]


def test_malformed_json(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id = new_session(fake, http)
    fake.inject("malformed", "getVideoAgentSession")
    broken = http.get(f"{CREATE}/{session_id}")
    assert broken.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        broken.json()


def test_unknown_status_and_extra_fields(
    fake: FakeHeyGen, http: httpx.Client, client: AuthenticatedClient
) -> None:
    session_id = new_session(fake, http)
    fake.inject("unknown_status", "getVideoAgentSession")
    assert http.get(f"{CREATE}/{session_id}").json()["data"]["status"] == "queued_for_review"
    fake.inject("extra_fields", "getVideoAgentSession")
    raw = http.get(f"{CREATE}/{session_id}").json()
    assert raw["data"]["x_experimental"] == {"rollout": "beta"} and "reaction" in raw["data"]["messages"][0]
    fake.inject("extra_fields", "getVideoAgentSession")
    parsed = get_video_agent_session.sync(session_id, client=client)  # the generated client keeps them
    assert parsed is not None and hasattr(parsed, "data") and parsed.data
    assert parsed.data.additional_properties["region"] == "us-east"


def test_session_404_while_its_video_renders(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id = new_session(fake, http)
    http.post(f"{CREATE}/{session_id}", json={"message": "approve"})
    video_id = fake.backend.sessions[session_id].video_id
    fake.inject("not_found_while_rendering", "getVideoAgentSession", times=-1)
    assert http.get(f"{CREATE}/{session_id}").status_code == 404
    assert http.get(f"/v3/videos/{video_id}").json()["data"]["status"] == "processing"
    fake.run_until_idle()
    assert http.get(f"/v3/videos/{video_id}").json()["data"]["status"] == "completed"
    assert http.get(f"{CREATE}/{session_id}").json()["data"]["status"] == "completed"


def test_latency_delays_but_answers(fake: FakeHeyGen, http: httpx.Client) -> None:
    fake.inject("latency", "getCurrentUserV3", seconds=0.05)
    assert http.get("/v3/users/me").status_code == 200
    assert fake.requests[-1].fault == "latency"


def test_a_burst_of_messages_shows_only_the_newest_40(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id = new_session(fake, http)
    fake.backend.burst(session_id, 45)
    messages = http.get(f"{CREATE}/{session_id}").json()["data"]["messages"]
    assert len(messages) == 40 and messages[0]["content"] == "Progress note 45 of 45."


def test_faults_can_be_set_over_http_for_the_standalone_server(fake: FakeHeyGen, http: httpx.Client) -> None:
    added = http.post("/_fake/faults", json={"kind": "error", "operation": "getCurrentUserV3", "status": 500})
    assert added.json() == {"added": "error", "operation": "getCurrentUserV3", "times": 1}
    assert http.get("/v3/users/me").status_code == 500
    assert http.post("/_fake/faults", json={"kind": "bogus"}).status_code == 400
    http.post("/_fake/faults", json={"kind": "error", "times": -1})
    assert http.delete("/_fake/faults").json() == {"cleared": True}
    assert http.get("/v3/users/me").status_code == 200
    log = http.get("/_fake/requests").json()["requests"]
    assert [entry["status"] for entry in log] == [500, 200]


def test_unknown_fault_kinds_are_refused_with_the_list() -> None:
    with pytest.raises(ValueError, match="use one of drop, drop_after"):
        Fault("explode")
