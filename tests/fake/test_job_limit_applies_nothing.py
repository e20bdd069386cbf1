"""A 429 for HeyGen's job limit means nothing was applied, so a client may safely send it again."""

from __future__ import annotations

import httpx

from heygen_widgets.fake import FakeHeyGen

APPROVAL = "Looks good, please generate the video."


def test_an_approval_refused_for_the_job_limit_leaves_no_trace_in_the_log() -> None:
    with (
        FakeHeyGen(concurrent_jobs=1) as fake,
        httpx.Client(base_url=fake.url, headers={"x-api-key": "k"}) as http,
    ):
        first = http.post("/v3/video-agents", json={"prompt": "One. Cover a and b.", "mode": "chat"})
        session_id = first.json()["data"]["session_id"]
        fake.run_until_idle()  # under review: it holds no job
        other = http.post("/v3/video-agents", json={"prompt": "Two, drafting.", "mode": "chat"})
        assert other.status_code == 200  # drafting: it holds the one job
        answer = http.post(f"/v3/video-agents/{session_id}", json={"message": APPROVAL})
        assert answer.status_code == 429 and answer.headers.get("retry-after")
        with fake.backend.lock:
            said = [m.content for m in fake.backend.sessions[session_id].messages if m.role == "user"]
        assert APPROVAL not in said
