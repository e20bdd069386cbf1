"""The saved view: what a notebook shows without a kernel, built from real simulator sessions."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from types import MappingProxyType
from typing import Any

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.scenes import scenes
from heygen_widgets.session import Connection, Session
from heygen_widgets.snapshot import Message, Resource, Snapshot, Video
from heygen_widgets.widgets import static
from heygen_widgets.widgets.html import text

MEDIA_TAGS = {"img", "video", "audio", "source", "iframe", "picture", "track", "embed", "object"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(markup: str) -> Tags:
    tags = Tags()
    tags.feed(markup)
    return tags


def reviewing(fake: FakeHeyGen, connection: Connection) -> tuple[Session, Snapshot]:
    session = connection.create("Create an onboarding video. Cover culture, tools, and the first week.")
    fake.run_until_idle()
    return session, session.refresh()


def test_the_saved_view_reads_as_the_review_it_was(fake: FakeHeyGen, connection: Connection) -> None:
    _, snapshot = reviewing(fake, connection)
    markup = static.html(snapshot)
    found = scenes(snapshot)
    assert len(found) == 5 and all(s.script for s in found)  # the simulator gives each a script
    assert f"<h3>{text(snapshot.title)}</h3>" in markup
    assert "Your turn: review the storyboard, then send feedback or approve." in markup
    for scene in found:
        assert f"{scene.number}. {text(scene.heading)}" in markup
        assert text(scene.script) in markup
    for message in snapshot.messages:
        assert text(message.content) in markup
    assert snapshot.session_id in markup and "SessionPanel.attach(" in markup
    plain = static.plain(snapshot)
    assert plain.startswith(f"Video Agent session {snapshot.session_id}")
    assert all(s.heading in plain and str(s.script) in plain for s in found)


def test_the_saved_view_has_no_media_that_could_break(fake: FakeHeyGen, connection: Connection) -> None:
    session, _ = reviewing(fake, connection)
    session.approve()
    fake.run_until_idle()
    done = session.wait("done", timeout=30)
    assert done.video is not None and done.video.url and done.storyboard[0].thumbnail_url
    markup = static.html(done)
    tags = parsed(markup)
    assert not [tag for tag, _ in tags.tags if tag in MEDIA_TAGS]
    urls = [v for _, attrs in tags.tags for k, v in attrs.items() if k in ("src", "href", "poster") and v]
    assert urls == []  # not even a link: simulator URLs die with it, HeyGen's are signed and expire
    assert "127.0.0.1" not in markup and done.video.url not in markup
    assert "Your video is ready." in markup and "not saved" in markup


HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def hostile_snapshot() -> Snapshot:
    image = Resource(
        id="res_1",
        type="image",
        url="http://127.0.0.1:9/a.png",
        thumbnail_url="javascript:alert(3)",
        metadata=MappingProxyType({"heading": HOSTILE, "narration": f"Say {HOSTILE} & more"}),
    )
    return Snapshot(
        session_id="sess_000000000001",
        family="chat",
        status="reviewing",
        title=HOSTILE,
        messages=(
            Message("user", HOSTILE, created_at=1_700_000_000),
            Message("model", f"Draft: {HOSTILE}", resource_ids=("res_1",)),
        ),
        resources=MappingProxyType({"res_1": image}),
    )


def test_every_text_from_the_api_is_escaped() -> None:
    markup = static.html(hostile_snapshot())
    tags = {tag for tag, _ in parsed(markup).tags}
    assert not tags & (MEDIA_TAGS | {"script"})
    assert "onerror" not in [k for _, attrs in parsed(markup).tags for k in attrs]
    assert markup.count(text(HOSTILE)) >= 5  # title, heading, script, both messages
    assert "2023-11-14 22:13 UTC" in markup  # a saved page is read later: the zone is named


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("thinking", "The agent is revising the storyboard."),
        ("processing", "The agent is revising the storyboard."),
        ("reviewing", "Your turn: review the storyboard, then send feedback or approve."),
        ("waiting_for_input", "The agent has a question: answer it below."),
        ("generating", "Rendering your video (40% when saved)."),
        ("completed", "Your video is ready."),
        ("failed", "The video could not be made: The session failed; HeyGen gave no reason."),
        ("queued", "HeyGen says queued; this version does not know it — the panel keeps reading."),
    ],
)
def test_the_status_is_said_in_words(status: str, words: str) -> None:
    snapshot = replace(
        hostile_snapshot(), status=status, progress=40, messages=hostile_snapshot().messages[1:]
    )
    assert static.status_words(snapshot) == words
    assert text(words) in static.html(snapshot)


def test_the_words_follow_the_turn_within_review() -> None:
    board = hostile_snapshot()
    assert static.status_words(
        Snapshot("s", "chat", "thinking", messages=board.messages[1:], resources=board.resources)
    ) == ("The agent is revising the storyboard.")
    waiting = Snapshot("s", "chat", "reviewing", messages=(*board.messages[1:], Message("user", "shorter")))
    assert static.status_words(waiting) == "The agent is reading your message."
    assert static.status_words(Snapshot("s", "chat", "thinking")) == "The agent is drafting the storyboard."
    assert static.status_words(Snapshot("s", "chat", "reviewing")) == "Stopped: send a message to continue."
    failed = Snapshot(
        "s", "chat", "generating", video=Video("v", "failed", failure_message="Out of credits.")
    )
    assert static.status_words(failed) == "The video could not be made: Out of credits."


class Outputs:
    """What `SavedView` publishes, as a kernel would send it."""

    def __init__(self) -> None:
        self.sent: list[tuple[dict[str, Any], str | None, bool]] = []

    def __call__(self, data: Any, display_id: str | None, update: bool) -> None:
        self.sent.append((dict(data), display_id, update))


def test_the_saved_view_is_its_own_output_and_follows_phase_changes_only(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = connection.create("Create an onboarding video. Cover culture, tools, and the first week.")
    first = session.refresh()
    outputs = Outputs()
    view = static.SavedView(outputs)
    live = {
        "application/vnd.jupyter.widget-view+json": {"model_id": "m"},
        "text/plain": "SessionPanel",
        "text/html": "x",
    }
    view.show(first, live)
    (widget, none, _), (saved, shown_id, update) = outputs.sent
    assert none is None and "text/html" not in widget  # the live output: never a second static copy
    assert (
        widget["text/plain"] == f"The live panel of session {first.session_id} shows while its kernel runs."
    )
    assert (
        shown_id == view.display_id
        and not update
        and "The agent is drafting the storyboard." in saved["text/html"]
    )
    view.follow(first)
    view.follow(replace(first, progress=first.progress + 1))  # same phase: nothing
    assert len(outputs.sent) == 2
    fake.run_until_idle()
    view.follow(session.refresh())
    _, updated_id, update = outputs.sent[-1]
    assert len(outputs.sent) == 3 and updated_id == view.display_id and update
    assert "Your turn" in outputs.sent[-1][0]["text/html"]
