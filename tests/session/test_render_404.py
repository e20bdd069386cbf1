"""The session endpoint answers 404 right after approval and during renders: a known session rides through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.errors import NotFoundError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Failed, Finished, Poller
from heygen_widgets.session import Connection, Session, Transport
from heygen_widgets.session.families import FAMILIES
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import Phase
from tests.poller.fakes import FakeClock, Recorder
from tests.session.conftest import KEY

GET = {"chat": "getVideoAgentSession", "sessions": "getInteractiveSession"}


@pytest.fixture
def quiet_connection(fake: FakeHeyGen) -> Iterator[Connection]:
    """Time passes while a script waits: each of its sleeps lets the simulator's agent work."""

    def pass_time(_seconds: float) -> None:
        fake.run_until_idle()

    with Connection(Transport(fake.url, KEY, sleep=pass_time)) as conn:
        yield conn


def reviewing(fake: FakeHeyGen, conn: Connection, family: FamilyName) -> Session:
    session = conn.create("Cover alpha and beta", family=family)
    fake.run_until_idle()
    assert session.refresh().phase is Phase.REVIEW
    return session


def statuses(fake: FakeHeyGen, operation: str) -> list[int]:
    return [r.status for r in fake.requests if r.operation == operation]


def test_chat_a_404_on_the_first_poll_after_approval_finds_the_video_in_the_listing(
    fake: FakeHeyGen, quiet_connection: Connection
) -> None:
    session = reviewing(fake, quiet_connection, "chat")
    seen, clock = Recorder(), FakeClock()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(session, seen)
        clock.advance(poller.poll_once())
        session.approve()
        fake.inject("not_found_while_rendering", GET["chat"], times=-1)  # every read while it renders
        for _ in range(4):
            clock.advance(poller.poll_once())
        rendering = poller.latest(session.session_id)
        assert rendering is not None and rendering.phase is Phase.RENDERING and rendering.video_id
        assert "listVideoAgentSessionVideos" in {r.operation for r in fake.requests}
        fake.run_until_idle()
        for _ in range(4):
            clock.advance(poller.poll_once())
    assert 404 in statuses(fake, GET["chat"])
    assert not any(isinstance(e, Failed) for e in seen.events)
    finished = [e for e in seen.events if isinstance(e, Finished)]
    assert len(finished) == 1 and finished[0].snapshot.video is not None and finished[0].snapshot.video.ready


def test_sessions_a_404_right_after_approval_is_retried_then_followed_through_the_video(
    fake: FakeHeyGen, quiet_connection: Connection
) -> None:
    # This family has no video listing: until the session is read once more its video is
    # unknown, so the first 404s are a passing failure (retried), never "not found".
    session = reviewing(fake, quiet_connection, "sessions")
    seen, clock = Recorder(), FakeClock()
    with Poller(clock=clock, autostart=False) as poller:
        poller.watch(session, seen)
        clock.advance(poller.poll_once())
        session.approve()
        fake.inject("not_found_while_rendering", GET["sessions"], times=2)
        for _ in range(3):
            clock.advance(poller.poll_once())
        failed = [e for e in seen.events if isinstance(e, Failed)]
        assert len(failed) == 2 and all(e.retry_in is not None for e in failed)
        assert "session_unavailable" in {getattr(e.error, "code", None) for e in failed}
        rendering = poller.latest(session.session_id)
        assert rendering is not None and rendering.phase is Phase.RENDERING and rendering.video_id
        fake.inject("not_found_while_rendering", GET["sessions"], times=-1)  # and all through the render
        fake.run_until_idle()
        for _ in range(4):
            clock.advance(poller.poll_once())
    assert isinstance(seen.events[-1], Finished)
    assert [type(e).__name__ for e in seen.events][-2:] == ["Changed", "Finished"]


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_wait_done_rides_through_the_404_after_approval(
    fake: FakeHeyGen, quiet_connection: Connection, family: FamilyName
) -> None:
    session = reviewing(fake, quiet_connection, family)
    session.approve()
    fake.inject("not_found_while_rendering", GET[family], times=2)
    done = session.wait("done", timeout=60)
    assert done.finished and done.video is not None and done.video.ready
    assert statuses(fake, GET[family]).count(404) >= 1


def test_a_session_created_here_is_known_even_before_its_first_read(
    fake: FakeHeyGen, quiet_connection: Connection
) -> None:
    session = quiet_connection.create("Cover alpha", mode="generate")
    while fake.backend.sessions[session.session_id].status != "generating":
        fake.step(session.session_id)
    fake.inject("not_found_while_rendering", GET["chat"], times=-1)
    first = session.poll()  # never read before, and the first read is a 404
    assert first.phase is Phase.RENDERING and first.video_id is not None
    assert session.wait("done", timeout=60).finished


def test_a_session_that_never_existed_is_not_found_at_once(
    fake: FakeHeyGen, quiet_connection: Connection
) -> None:
    with pytest.raises(NotFoundError) as caught:
        quiet_connection.attach("sess_never_was")
    assert caught.value.fatal
    stranger = Session(quiet_connection.transport, FAMILIES["chat"], "sess_never_was")
    with pytest.raises(NotFoundError):
        stranger.wait("done", timeout=60)  # fatal: no riding through
    seen = Recorder()
    with Poller(clock=FakeClock(), autostart=False) as poller:
        poller.watch(stranger, seen)
        poller.poll_once()
    assert [type(e).__name__ for e in seen.events] == ["Failed"]
    first = seen.events[0]
    assert isinstance(first, Failed) and first.retry_in is None  # the watch stops


def test_a_read_session_that_later_answers_404_while_reviewing_is_still_not_found(
    fake: FakeHeyGen, quiet_connection: Connection
) -> None:
    # Known, but neither approved nor rendering and with no video: nothing says it renders.
    session = reviewing(fake, quiet_connection, "chat")
    fake.inject("error", GET["chat"], status=404)
    with pytest.raises(NotFoundError):
        session.refresh()
    assert session.refresh().phase is Phase.REVIEW  # the next read is fine again
