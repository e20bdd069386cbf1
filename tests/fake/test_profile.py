"""The realistic profile: each of HeyGen's habits on its own knob, and the same draws for the same seed."""

from __future__ import annotations

import contextlib
import dataclasses
import subprocess
import sys

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen, ManualClock
from heygen_widgets.fake.profile import DEFAULT, REALISTIC, Profile, profile_named

KEY = {"x-api-key": "profile-test"}
QUIET = dataclasses.replace(DEFAULT, name="test")  # no habit unless a test turns one on


def knob(**changes: object) -> Profile:
    return dataclasses.replace(QUIET, **changes)  # type: ignore[arg-type]


def create(
    fake: FakeHeyGen, prompt: str = "Habits. Cover one and two.", mode: str = "chat"
) -> httpx.Response:
    return httpx.post(f"{fake.url}/v3/video-agents", json={"prompt": prompt, "mode": mode}, headers=KEY)


def session(fake: FakeHeyGen, session_id: str) -> httpx.Response:
    return httpx.get(f"{fake.url}/v3/video-agents/{session_id}", headers=KEY)


def approve(fake: FakeHeyGen, session_id: str) -> None:
    sent = httpx.post(
        f"{fake.url}/v3/video-agents/{session_id}", json={"message": "looks great"}, headers=KEY
    )
    sent.raise_for_status()


def test_a_stuck_session_stays_in_its_working_status_until_stopped() -> None:
    with FakeHeyGen(profile=knob(stuck=1.0)) as fake:
        session_id = create(fake).json()["data"]["session_id"]
        fake.run_until_idle()
        stuck = session(fake, session_id).json()["data"]
        assert stuck["status"] in ("thinking", "generating")
        fake.step(count=50)
        assert session(fake, session_id).json()["data"]["progress"] == stuck["progress"]
        httpx.post(f"{fake.url}/v3/video-agents/{session_id}/stop", json={}, headers=KEY)
        fake.step()
        assert session(fake, session_id).json()["data"]["status"] == "reviewing"


@pytest.mark.parametrize(("mark", "status"), [("#stuck", "thinking"), ("#stuck-render", "generating")])
def test_a_prompt_mark_forces_a_stuck_session(mark: str, status: str) -> None:
    with FakeHeyGen() as fake:
        session_id = create(fake, f"Stuck {mark}. Cover one.").json()["data"]["session_id"]
        fake.run_until_idle()
        if status == "generating":
            approve(fake, session_id)
            fake.run_until_idle()
        assert session(fake, session_id).json()["data"]["status"] == status


def test_a_chat_session_may_render_without_waiting_for_review() -> None:
    with FakeHeyGen(profile=knob(unasked_render=1.0)) as fake:
        session_id = create(fake).json()["data"]["session_id"]
        statuses = set()
        for _ in range(20):
            fake.step()
            statuses.add(session(fake, session_id).json()["data"]["status"])
        assert "generating" in statuses and "reviewing" not in statuses


def test_the_session_endpoint_answers_404_while_its_video_renders() -> None:
    with FakeHeyGen(profile=knob(lost_while_rendering=1.0)) as fake:
        session_id = create(fake).json()["data"]["session_id"]
        fake.run_until_idle()
        approve(fake, session_id)
        lost = session(fake, session_id)
        assert lost.status_code == 404 and lost.json()["error"]["code"] == "not_found"
        video_id = fake.backend.sessions[session_id].video_id
        assert (
            httpx.get(f"{fake.url}/v3/videos/{video_id}", headers=KEY).json()["data"]["status"]
            == "processing"
        )
        fake.run_until_idle()
        assert session(fake, session_id).json()["data"]["status"] == "completed"  # found again once done


@pytest.mark.parametrize(
    ("changes", "status", "code"),
    [
        ({"errors": 1.0}, {500, 503}, {"internal_error", "service_unavailable"}),
        ({"rate_limits": 1.0}, {429}, {"rate_limit_exceeded"}),
        ({"scope_errors": 1.0}, {403}, {"insufficient_api_key_scope"}),
    ],
)
def test_each_kind_of_refusal_on_its_own_knob(
    changes: dict[str, float], status: set[int], code: set[str]
) -> None:
    with FakeHeyGen(profile=knob(**changes)) as fake:
        answers = [httpx.get(f"{fake.url}/v3/users/me", headers=KEY) for _ in range(5)]
    assert {a.status_code for a in answers} <= status
    assert {a.json()["error"]["code"] for a in answers} <= code


def test_a_missing_scope_is_named() -> None:
    with FakeHeyGen(profile=knob(scope_errors=1.0)) as fake:
        error = create(fake).json()["error"]
    assert error["param"] == "video_agent:write" and "video_agent:write" in error["message"]


def test_retry_after_goes_up_to_a_minute_and_envelopes_may_carry_only_a_code() -> None:
    with FakeHeyGen(profile=knob(rate_limits=1.0, retry_after=(60, 60), code_only=1.0)) as fake:
        answer = httpx.get(f"{fake.url}/v3/users/me", headers=KEY)
    assert answer.headers["retry-after"] == "60"
    assert answer.json() == {"error": {"code": "rate_limit_exceeded"}}


def test_drops_cut_answers_short() -> None:
    with FakeHeyGen(profile=knob(drops=1.0)) as fake:
        for _ in range(4):
            with pytest.raises(httpx.TransportError):
                httpx.get(f"{fake.url}/v3/users/me", headers=KEY)
        assert {r.fault for r in fake.requests} <= {"drop", "drop_after"}


def test_jobs_from_outside_hold_the_limit() -> None:
    with FakeHeyGen(profile=knob(outside_jobs=10)) as fake:
        full = create(fake)
        assert full.status_code == 429 and "10 of 10" in full.json()["error"]["message"]
        assert httpx.post(f"{fake.url}/_fake/outside_jobs", json={"count": 0}).json() == {"outside_jobs": 0}
        assert create(fake).status_code == 200


def test_renders_last_minutes_scaled_by_speed() -> None:
    clock = ManualClock()
    with FakeHeyGen(clock=clock, profile=knob(render_seconds=(300.0, 300.0))) as fake:
        session_id = create(fake).json()["data"]["session_id"]
        clock.advance(60)
        approve(fake, session_id)
        clock.advance(240)
        assert session(fake, session_id).json()["data"]["status"] == "generating"
        clock.advance(61)
        assert session(fake, session_id).json()["data"]["status"] == "completed"


def test_the_same_seed_gives_the_same_behaviour() -> None:
    def run(seed: int) -> list[tuple[str, int, str | None]]:
        with FakeHeyGen(profile="realistic", seed=seed) as fake:
            for _ in range(60):
                with contextlib.suppress(httpx.TransportError):  # a drop, drawn like the rest
                    httpx.get(f"{fake.url}/v3/users/me", headers=KEY)
            return [(r.operation, r.status, r.fault) for r in fake.requests]

    first = run(7)
    assert first == run(7) and first != run(8)
    assert any(status != 200 for _, status, _ in first)


def test_the_realistic_profile_and_its_knobs_by_name() -> None:
    assert profile_named("realistic") == REALISTIC and REALISTIC.retry_after == (1, 60)
    assert profile_named("realistic", seed=3, errors=0).errors == 0
    with pytest.raises(ValueError, match="unknown profile knob"):
        profile_named("realistic", erors=0)
    banner = subprocess.run(
        [sys.executable, "-m", "heygen_widgets.fake", "--profile", "realistic", "--set", "bogus=1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert banner.returncode != 0 and "unknown profile knob 'bogus'" in banner.stderr
