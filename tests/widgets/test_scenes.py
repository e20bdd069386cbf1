"""What a scene says, which messages are drafts, and how two drafts differ (pure, no widgets)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from heygen_widgets.scenes import diff, drafts, duration_text, scene_message, scene_of, scenes
from heygen_widgets.snapshot import Message, Resource, Snapshot


def res(rid: str, **meta: Any) -> Resource:
    return Resource(id=rid, type="image", url=f"https://h/{rid}.png", metadata=MappingProxyType(meta))


def snap(*messages: Message, resources: list[Resource]) -> Snapshot:
    return Snapshot(
        "s", "chat", "reviewing", messages=messages, resources=MappingProxyType({r.id: r for r in resources})
    )


@pytest.mark.parametrize("key", ["narration", "script", "text"])
def test_the_script_comes_from_whichever_key_the_api_gives(key: str) -> None:
    scene = scene_of(2, res("r", heading="Tools", **{key: "  Say this.  "}))
    assert (scene.number, scene.heading, scene.script) == (2, "Tools", "Say this.")


def test_narration_wins_and_blank_or_odd_values_are_skipped() -> None:
    assert scene_of(1, res("r", narration="N", script="S")).script == "N"
    assert scene_of(1, res("r", narration="   ", script="S")).script == "S"
    assert scene_of(1, res("r", narration=42, heading=["x"])).script is None
    assert scene_of(1, res("r", heading=["x"])).heading == "Scene 1"


@pytest.mark.parametrize(
    ("meta", "seconds"),
    [
        ({"duration": 7}, 7.0),
        ({"duration_sec": 4.5}, 4.5),
        ({"duration": "7"}, None),
        ({"duration": True}, None),
        ({"duration": float("nan")}, None),
        ({"duration": -1}, None),
        ({}, None),
    ],
)
def test_the_duration_is_read_from_numbers_only(meta: dict[str, Any], seconds: float | None) -> None:
    assert scene_of(1, res("r", **meta)).duration == seconds


def test_durations_read_as_people_say_them() -> None:
    assert [duration_text(s) for s in (None, 0, 0.3, 8.4, 60, 65)] == [
        None,
        "0 s",
        "1 s",
        "8 s",
        "1 min",
        "1 min 5 s",
    ]


def test_a_single_scene_without_a_script_takes_the_agents_message() -> None:
    one = snap(Message("model", "Open on the skyline.", resource_ids=("a",)), resources=[res("a")])
    assert scenes(one)[0].script == "Open on the skyline."
    two = snap(Message("model", "Two scenes.", resource_ids=("a", "b")), resources=[res("a"), res("b")])
    assert [s.script for s in scenes(two)] == [None, None]  # one message cannot be split between scenes


def test_each_message_that_shows_images_is_a_draft_and_repeats_are_not() -> None:
    a, b, c = res("a", heading="One"), res("b", heading="Two"), res("c", heading="Three")
    board = snap(
        Message("user", "make a video", created_at=1),
        Message("model", "draft", created_at=2, resource_ids=("a", "b")),
        Message("user", "hmm", created_at=3),
        Message("model", "Noted; the storyboard stays as it is.", created_at=4, resource_ids=("a", "b")),
        Message("model", "revised", created_at=5, resource_ids=("a", "c")),
        resources=[a, b, c],
    )
    found = drafts(board)
    assert [d.created_at for d in found] == [2, 5]
    assert [[s.heading for s in d.scenes] for d in found] == [["One", "Two"], ["One", "Three"]]
    assert scenes(board) == found[-1].scenes


def test_diff_matches_by_id_then_heading_and_marks_what_changed() -> None:
    old = [scene_of(1, res("a", heading="Welcome", narration="Hi")), scene_of(2, res("b", heading="Culture"))]
    new = [
        scene_of(1, res("x", heading="welcome", narration="Hi")),  # a new image of the same scene
        scene_of(2, res("b", heading="Our culture")),  # the same resource, renamed
        scene_of(3, res("y", heading="Code review")),
    ]
    changes = diff(old, new)
    assert [s.heading for s in changes.added] == ["Code review"]
    assert [s.heading for s in changes.changed] == ["welcome", "Our culture"]  # heading text differs
    assert not changes.removed
    assert [changes.mark(s) for s in new] == ["changed", "changed", "added"]
    gone = diff(new, new[:1])
    assert [s.heading for s in gone.removed] == ["Our culture", "Code review"] and not gone.changed
    assert not diff(new, new)


def test_the_message_names_the_scenes_readably() -> None:
    one, two, three = (
        scene_of(n, res(str(n), heading=h)) for n, h in ((1, "Welcome"), (3, "Dev tools"), (4, "Wrap"))
    )
    assert scene_message([two], "make it shorter") == "Scene 3, Dev tools: make it shorter"
    assert scene_message([one, two], "fix") == "Scene 1, Welcome and Scene 3, Dev tools: fix"
    assert (
        scene_message([one, two, three], "fix")
        == "Scene 1, Welcome; Scene 3, Dev tools; and Scene 4, Wrap: fix"
    )
    assert scene_message([], "fix") == "fix"
