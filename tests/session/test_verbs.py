"""Every verb of the session layer, in both API families, against the simulator over sockets."""

from __future__ import annotations

from pathlib import Path

import pytest

from heygen_widgets.errors import InvalidParameterError, NotFoundError, SessionFailedError, WaitTimeoutError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Asset, Connection, Data
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import Phase

PROMPT = "Create an onboarding video for new hires. Cover team culture, dev tools, and first-week checklist."
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_create_review_revise_approve_download(
    fake: FakeHeyGen, connection: Connection, family: FamilyName, tmp_path: Path
) -> None:
    session = connection.create(PROMPT, family=family)
    assert session.family == family
    assert session.refresh().phase is Phase.WORKING
    fake.run_until_idle()

    draft = session.refresh()
    assert draft.phase is Phase.REVIEW and draft.can_approve and draft.can_send
    assert [r.metadata["heading"] for r in draft.storyboard] == [
        "Welcome",
        "Team culture",
        "Dev tools",
        "First-week checklist",
        "Wrap-up",
    ]
    assert [m.role for m in draft.messages] == ["user", "model", "model"]  # chronological

    session.send("add a scene about code review before the checklist")
    fake.run_until_idle()
    revised = session.refresh()
    assert len(revised.storyboard) == 6 and revised.storyboard[3].metadata["heading"] == "Code review"
    assert revised.messages[-2].content == "add a scene about code review before the checklist"

    session.approve()
    rendering = session.refresh()
    assert rendering.phase is Phase.RENDERING and rendering.video_id
    fake.run_until_idle()
    done = session.wait("done", timeout=5)
    assert done.finished and done.video is not None and done.video.ready

    saved = session.download(tmp_path / "video.webm")
    assert saved.read_bytes()[:4] == bytes.fromhex("1A45DFA3")
    assert [v.id for v in session.videos()] == [done.video_id]
    assert {r.type for r in session.resources()} >= {"image", "video"}


def test_attach_finds_the_family_and_the_current_state(fake: FakeHeyGen, connection: Connection) -> None:
    chat = connection.create("A chat")
    legacy = connection.create("A legacy one", family="sessions")
    fake.run_until_idle()
    again = connection.attach(legacy.session_id)
    assert again.family == "sessions" and again.last is not None and again.last.phase is Phase.REVIEW
    assert connection.attach(chat.session_id).family == "chat"
    with pytest.raises(NotFoundError, match="not found"):
        connection.attach("sess_does_not_exist")


def test_generate_mode_renders_without_review(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("A teaser", mode="generate")
    fake.run_until_idle()
    assert session.wait(Phase.DONE, timeout=1).video is not None


def test_stop_keeps_what_was_made(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create(PROMPT)
    fake.step(session.session_id, count=2)
    session.stop()
    fake.step(session.session_id)
    stopped = session.refresh()
    assert stopped.phase is Phase.REVIEW and len(stopped.storyboard) == 2
    assert stopped.messages[-1].content.startswith("Stopped at your request")


def test_files_paths_bytes_urls_and_assets(fake: FakeHeyGen, connection: Connection, tmp_path: Path) -> None:
    chart = tmp_path / "chart.png"
    chart.write_bytes(PNG)
    asset = connection.upload(Data(PNG, "image/png", "logo.png"))
    assert asset.asset_id.startswith("asset_")
    session = connection.create(
        "Use these",
        files=[chart, PNG, "https://example.com/deck.pdf", asset, Data(b"x" * 2_000_001, "video/mp4")],
    )
    user_files = fake.backend.sessions[session.session_id].resources.values()
    assert sorted((r.type, r.media_type) for r in user_files) == [
        ("file", None),
        ("image", "image/png"),
        ("image", "image/png"),
        ("image", "image/png"),
        ("video", "video/mp4"),
    ]
    uploads = [r for r in fake.requests if r.operation == "uploadAsset"]
    assert len(uploads) == 2  # the explicit upload, and the 2 MB file too large to send inline


def test_wait_raises_on_failure_and_on_timeout(fake: FakeHeyGen, connection: Connection) -> None:
    failing = connection.create("This one breaks #fail")
    fake.run_until_idle()
    with pytest.raises(SessionFailedError, match="could not finish this video"):
        failing.wait("done")
    slow = connection.create("Slow")
    now = [0.0]
    slow.clock = lambda: now[0]
    connection.transport.sleep = lambda seconds: now.__setitem__(0, now[0] + seconds)
    with pytest.raises(WaitTimeoutError, match="still 'thinking'"):
        slow.wait("review", timeout=10, interval=2)
    assert now[0] == 10


def test_approve_before_the_storyboard_is_refused_and_sends_nothing(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = connection.create("Early")
    before = len(fake.requests)
    with pytest.raises(InvalidParameterError, match="Nothing to approve while the session is 'thinking'"):
        session.approve()
    assert [r.operation for r in fake.requests[before:]] == ["getVideoAgentSession"]


def test_the_session_list_follows_pagination(fake: FakeHeyGen, connection: Connection) -> None:
    made = {connection.create(f"Video {n}").session_id for n in range(5)}
    listed = [s.session_id for s in connection.sessions(page_size=2)]
    assert sorted(listed) == sorted(made) and len(listed) == 5
    assert [r.operation for r in fake.requests].count("listVideoAgentSessions") == 3


def test_pickers_list_avatars_voices_and_styles(connection: Connection) -> None:
    assert connection.avatars()[0].preview_url is not None
    assert {v.detail for v in connection.voices()} == {"English", "Spanish"}
    assert next(s.name for s in connection.styles()) == "Clean corporate"


def test_an_unknown_asset_id_is_refused_naming_the_entry(connection: Connection) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        connection.create("With an asset", files=[Asset("asset_missing")])
    assert caught.value.param == "files[0].asset_id"
