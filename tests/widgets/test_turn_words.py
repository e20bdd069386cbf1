"""Whose turn, in words: every status of both families, and one this version does not know."""

from __future__ import annotations

import pytest

from heygen_widgets.snapshot import APPROVAL, Message, Resource, Snapshot, Video
from heygen_widgets.widgets import turn as words
from heygen_widgets.widgets.turn import Whose, turn_of

IMAGE = Resource(id="r1", type="image", url="http://127.0.0.1/r1.png")
DRAFTED = (Message("user", "A tour"), Message("model", "Here is a storyboard.", resource_ids=("r1",)))
READY = Video(id="v1", status="completed", url="http://127.0.0.1/v1.mp4")
RENDERING = Video(id="v1", status="processing")


def snap(status: str, family: str = "chat", **kw: object) -> Snapshot:
    base: dict[str, object] = {"messages": DRAFTED, "resources": {"r1": IMAGE}}
    base.update(kw)
    return Snapshot(session_id="s1", family=family, status=status, **base)  # type: ignore[arg-type]


# (family, status, extra snapshot fields, who moves next, the headline's start)
EVERY_STATUS = [
    (
        "sessions",
        "processing",
        {"messages": (Message("user", "A tour"),), "resources": {}},
        Whose.AGENT,
        words.DRAFTING,
    ),
    ("sessions", "reviewing", {}, Whose.USER, words.REVIEW),
    ("sessions", "generating", {"video_id": "v1", "video": RENDERING}, Whose.AGENT, words.RENDERING),
    ("sessions", "completed", {"video_id": "v1", "video": READY}, Whose.DONE, words.READY),
    ("sessions", "failed", {}, Whose.FAILED, words.FAILED),
    (
        "chat",
        "thinking",
        {"messages": (Message("user", "A tour"),), "resources": {}},
        Whose.AGENT,
        words.DRAFTING,
    ),
    (
        "chat",
        "waiting_for_input",
        {"messages": (Message("model", "Which voice?"),)},
        Whose.USER,
        words.QUESTION,
    ),
    ("chat", "reviewing", {}, Whose.USER, words.REVIEW),
    ("chat", "generating", {"video_id": "v1", "video": RENDERING}, Whose.AGENT, words.RENDERING),
    ("chat", "completed", {"video_id": "v1", "video": READY}, Whose.DONE, words.READY),
    ("chat", "failed", {}, Whose.FAILED, words.FAILED),
    ("chat", "queued", {}, Whose.UNKNOWN, "HeyGen says queued; this version does not know it"),
    ("sessions", "paused_for_moderation", {}, Whose.UNKNOWN, "HeyGen says paused_for_moderation;"),
]


@pytest.mark.parametrize(("family", "status", "extra", "whose", "headline"), EVERY_STATUS)
def test_every_status_has_words(
    family: str, status: str, extra: dict[str, object], whose: Whose, headline: str
) -> None:
    turn = turn_of(snap(status, family, **extra))
    assert turn.whose is whose
    assert turn.headline.startswith(headline)


def test_the_statuses_tested_are_every_status_the_spec_and_the_simulator_know() -> None:
    from heygen_widgets.fake.model import STATUS, Family  # noqa: PLC0415

    tested = {(f, s) for f, s, *_ in EVERY_STATUS}
    for family in Family:
        for status in STATUS[family].values():
            assert (family.value, status) in tested


def test_review_says_what_the_user_can_do() -> None:
    assert (
        turn_of(snap("reviewing")).headline
        == "Your turn: review the storyboard, then send feedback or approve"
    )


def test_reviewing_with_no_storyboard_after_a_stop_is_stopped_not_review() -> None:
    stopped = (Message("user", "A tour"), Message("model", "Stopped at your request. I kept the 0 scene(s)."))
    turn = turn_of(snap("reviewing", messages=stopped, resources={}))
    assert turn.whose is Whose.USER and turn.headline == "Stopped: send a message to continue"


def test_a_question_in_the_sessions_family_is_a_question() -> None:
    asked = (Message("user", "A tour"), Message("model", "Which voice should narrate: warm or crisp?"))
    assert turn_of(snap("reviewing", "sessions", messages=asked, resources={})).headline == words.QUESTION


def test_failed_gives_heygens_reason_and_the_way_forward() -> None:
    video = Video(id="v1", status="failed", failure_message="The render failed: out of credits.")
    turn = turn_of(snap("failed", video_id="v1", video=video), can_restart=True)
    assert turn.headline == "The video could not be made: The render failed: out of credits."
    assert "Start again" in turn.action
    assert "Start again" not in turn_of(snap("failed", video_id="v1", video=video)).action


def test_the_users_word_waiting_for_an_answer_is_the_agents_turn() -> None:
    sent = (*DRAFTED, Message("user", "make it shorter"))
    assert turn_of(snap("reviewing", messages=sent)).headline == words.READING
    approved = (*DRAFTED, Message("user", APPROVAL))
    assert turn_of(snap("reviewing", messages=approved)).headline == words.APPROVED
    assert turn_of(snap("reviewing"), approving=True).headline == words.APPROVED


def test_after_the_video_a_message_is_an_edit_of_it() -> None:
    done = turn_of(snap("completed", video_id="v1", video=READY))
    assert "ask for an edit" in done.action
    assert "edit" not in turn_of(snap("completed", "sessions", video_id="v1", video=READY)).action
    editing = turn_of(snap("thinking", video_id="v1", video=READY))
    assert editing.headline == words.EDITING


def test_a_completed_status_before_the_video_is_fetched_is_not_ready_yet() -> None:
    turn = turn_of(snap("completed", video_id="v1", video=Video(id="v1", status="processing")))
    assert turn.whose is Whose.AGENT and turn.headline == words.FETCHING


def test_revision_labels() -> None:
    assert words.revision_label(0, ready=False) == ""
    assert words.revision_label(1, ready=False) == "Revision 1: editing the video"
    assert words.revision_label(2, ready=True) == "Revision 2 of the video"
