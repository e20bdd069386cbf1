"""``/_fake/sessions/{id}/answer``: a GET answer carries a status and fields the spec lacks, until cleared."""

from __future__ import annotations

import httpx

from heygen_widgets.fake import FakeHeyGen

OVERRIDE = {"status": "queued_for_review", "fields": {"scene_count": 3}}


def _create(http: httpx.Client, family: str) -> tuple[str, str]:
    """Start a session of ``family``; return its id and the path of its GET."""
    path = "/v3/video-agents" if family == "chat" else "/v3/video-agents/sessions"
    session_id = http.post(path, json={"prompt": "A tour of the office."}).json()["data"]["session_id"]
    return session_id, f"{path}/{session_id}"


def test_the_answer_carries_the_override_until_it_is_cleared(fake: FakeHeyGen, http: httpx.Client) -> None:
    for family in ("chat", "sessions"):
        session_id, path = _create(http, family)
        before = http.get(path).json()["data"]
        set_it = httpx.post(f"{fake.url}/_fake/sessions/{session_id}/answer", json=OVERRIDE)
        assert set_it.status_code == 200, set_it.text
        assert set_it.json() == {"answer_override": {"scene_count": 3, "status": "queued_for_review"}}
        during = http.get(path).json()["data"]
        assert during == {**before, "status": "queued_for_review", "scene_count": 3}, family
        fake.run_until_idle()  # the agent goes on underneath; the answer still says what it was told
        assert http.get(path).json()["data"]["status"] == "queued_for_review"
        real = fake.backend.sessions[session_id].status
        assert real in ("reviewing", "completed")
        assert httpx.delete(f"{fake.url}/_fake/sessions/{session_id}/answer").status_code == 200
        after = http.get(path).json()["data"]
        assert after["status"] == real and "scene_count" not in after, family


def test_fields_alone_keep_the_real_status(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id, path = _create(http, "chat")
    fake.backend.override_answer(session_id, {"scene_count": 5})  # the same knob, in process
    data = http.get(path).json()["data"]
    assert data["status"] == "thinking" and data["scene_count"] == 5


def test_a_bad_override_is_refused_and_changes_nothing(fake: FakeHeyGen, http: httpx.Client) -> None:
    session_id, path = _create(http, "chat")
    for body in ({"status": 7}, {"fields": ["scene_count"]}):
        refused = httpx.post(f"{fake.url}/_fake/sessions/{session_id}/answer", json=body)
        assert refused.status_code == 400 and "status" in refused.json()["error"]
    assert http.get(path).json()["data"]["status"] == "thinking"
    unknown = httpx.post(f"{fake.url}/_fake/sessions/sess_nobody/answer", json=OVERRIDE)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    other_knobs = httpx.post(f"{fake.url}/_fake/sessions/{session_id}/burst", json={"count": 2})
    assert other_knobs.status_code == 200  # the catch-all for the other knobs still answers
