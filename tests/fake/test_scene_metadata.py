"""Scene resources carry their script and a duration, and feedback naming scenes changes only those."""

from __future__ import annotations

import httpx

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.agent import Scene, draft, respond

PROMPT = "Create an onboarding video. Cover team culture, dev tools, and the first-week checklist."


def storyboard_metadata(http: httpx.Client, fake: FakeHeyGen, family: str) -> list[dict[str, object]]:
    if family == "chat":
        sid = http.post("/v3/video-agents", json={"prompt": PROMPT, "mode": "chat"}).json()["data"][
            "session_id"
        ]
    else:
        sid = http.post("/v3/video-agents/sessions", json={"prompt": PROMPT}).json()["data"]["session_id"]
    fake.run_until_idle()
    ids = fake.backend.sessions[sid].storyboard
    if family == "chat":  # one resource at a time
        return [http.get(f"/v3/video-agents/{sid}/resources/{rid}").json()["data"]["metadata"] for rid in ids]
    listed = http.get(f"/v3/video-agents/sessions/{sid}/resources").json()["data"]["resources"]
    return [r["metadata"] for r in listed if r["resource_id"] in ids]


def test_both_families_give_each_scene_its_narration_and_a_duration(
    fake: FakeHeyGen, http: httpx.Client
) -> None:
    for family in ("chat", "sessions"):
        metadata = storyboard_metadata(http, fake, family)
        assert [m["heading"] for m in metadata][2] == "Dev tools"
        for meta in metadata:
            assert isinstance(meta["narration"], str) and meta["narration"]
            duration = meta["duration"]
            assert isinstance(duration, float) and 3 <= duration <= 30, family


def test_a_scene_lasts_as_long_as_its_narration_takes_to_say() -> None:
    long = Scene("Tools", "word " * 50)
    assert long.duration == 21.0  # 50 words at 2.5 a second, plus a breath
    assert Scene("Tools", "Tools.").duration == 3.0  # never shorter than a moment on screen


def test_feedback_that_names_scenes_changes_only_those() -> None:
    title, scenes = draft(PROMPT)
    shorter = respond("Scene 1, Welcome and Scene 3, Dev tools: make it shorter", scenes, title)
    assert shorter.scenes is not None and [s.narration for s in shorter.scenes][:3] == [
        "Welcome.",
        scenes[1].narration,
        "Dev tools.",
    ]
    assert 'scene 1, "Welcome", scene 3, "Dev tools"' in shorter.text
    reworded = respond("Scene 2, Team culture: mention remote work", scenes, title)
    assert reworded.scenes is not None and "mention remote work" in reworded.scenes[1].narration
    assert reworded.scenes[0] == scenes[0] and not reworded.approve
    dropped = respond("Scene 4, The first-week checklist: remove this one", scenes, title)
    assert dropped.scenes is not None and "The first-week checklist" not in [
        s.heading for s in dropped.scenes
    ]
    structural = respond("Scene 2, Team culture: remove scene 2", scenes, title)
    assert structural.scenes is not None and len(structural.scenes) == len(scenes) - 1
    unknown = respond("Scene 9, Nothing: shorter", scenes, title)
    assert unknown.scenes is None and "which one did you mean" in unknown.text
