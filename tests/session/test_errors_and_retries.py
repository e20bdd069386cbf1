"""Error mapping, checks before sending, retries that honour Retry-After and never repeat a mutation."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from heygen_widgets.errors import (
    AuthenticationError,
    HeyGenConnectionError,
    InsufficientCreditsError,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UncertainOutcomeError,
    from_response,
)
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, RetryPolicy, Transport, connect
from heygen_widgets.snapshot import GAP, Phase
from tests.session.conftest import KEY, Sleeps


def posts(fake: FakeHeyGen, operation: str) -> list[int]:
    return [r.status for r in fake.requests if r.operation == operation]


@pytest.mark.parametrize(
    ("call", "param", "text"),
    [
        (lambda c: c.create(""), "prompt", "The prompt is empty"),
        (lambda c: c.create("   "), "prompt", "The prompt is empty"),
        (lambda c: c.create("x" * 10_001), "prompt", "shorten it to 10,000"),
        (lambda c: c.create("hi", orientation="square"), "orientation", "use one of: landscape, portrait"),
        (lambda c: c.create("hi", mode="batch"), "mode", "use one of: chat, generate"),
        (lambda c: c.create("hi", family="v2"), "family", "use one of: chat, sessions"),
        (lambda c: c.create("hi", files=["https://x/a.png"] * 21), "files", "remove 1"),
        (lambda c: c.create("hi", files=["/no/such/file.png"]), "files[0]", "check the path"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    fake: FakeHeyGen, connection: Connection, call: object, param: str, text: str
) -> None:
    with pytest.raises(InvalidParameterError, match=text) as caught:
        call(connection)  # type: ignore[operator]
    assert caught.value.param == param
    assert "\n" not in str(caught.value)
    assert fake.requests == []


def test_a_bad_message_is_refused_before_sending(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    with pytest.raises(InvalidParameterError, match="The message is empty"):
        session.send("")
    assert posts(fake, "sendVideoAgentMessage") == []


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (
            400,
            {"error": {"code": "invalid_parameter", "message": "'x' is bad.", "param": "x"}},
            InvalidParameterError,
        ),
        (401, {"error": {"code": "authentication_failed", "message": "Invalid key."}}, AuthenticationError),
        (
            402,
            {"error": {"code": "insufficient_credits", "message": "No credits."}},
            InsufficientCreditsError,
        ),
        (404, {"error": {"code": "not_found", "message": "Session not found."}}, NotFoundError),
        (429, {"error": {"code": "rate_limit_exceeded", "message": "Slow down."}}, RateLimitError),
        (503, None, ServerError),
        (418, "not json", ServerError.__base__),
    ],
)
def test_error_envelopes_map_to_one_hierarchy(status: int, body: object, kind: type) -> None:
    error = from_response(status, body, 3.0, secret=KEY)
    assert type(error) is kind and error.status == status and error.retry_after == 3.0
    assert "\n" not in error.message and KEY not in error.message


def test_errors_from_the_server_are_typed_and_keep_param(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    with pytest.raises(InvalidParameterError, match="still working") as caught:
        session.send("too early")  # the simulator refuses messages while the agent works
    assert caught.value.param == "message" and caught.value.status == 400
    with pytest.raises(NotFoundError) as missing:
        connection.attach("sess_nope", family="chat")
    assert missing.value.status == 404 and missing.value.fatal


def test_a_wrong_key_is_an_authentication_error_that_never_shows_the_key() -> None:
    secret = "sk-live-very-secret-123"
    with FakeHeyGen(api_keys=frozenset({"right"})) as strict:
        with Connection(Transport(strict.url, secret)) as conn, pytest.raises(AuthenticationError) as caught:
            conn.create("hi")
        texts = [str(caught.value), repr(caught.value), repr(conn), repr(conn.transport)]
    assert all(secret not in text for text in texts)
    assert "Check HEYGEN_API_KEY" in str(caught.value)


def test_reads_retry_429_and_5xx_honouring_retry_after(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    session = connection.create("hi")
    fake.inject("rate_limit", "getVideoAgentSession", retry_after=7)
    fake.inject("error", "getVideoAgentSession", status=503)
    assert session.refresh().phase is Phase.WORKING
    assert posts(fake, "getVideoAgentSession") == [429, 503, 200]
    assert sleeps[0] == 7.0  # Retry-After wins over the shorter backoff
    assert sleeps[1] == pytest.approx(RetryPolicy().delay(1, None, 0.5))


def test_retry_after_is_clamped(fake: FakeHeyGen, connection: Connection, sleeps: Sleeps) -> None:
    fake.inject("rate_limit", "listAvatarLooks", retry_after=3600)
    connection.avatars()
    assert sleeps == [60.0]


def test_reads_give_up_after_the_last_attempt(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    session = connection.create("hi")
    fake.inject("error", "getVideoAgentSession", status=500, times=-1)
    with pytest.raises(ServerError, match="try again shortly"):
        session.refresh()
    assert posts(fake, "getVideoAgentSession") == [500] * 4 and len(sleeps) == 3


def test_a_rate_limited_create_is_retried_because_it_was_not_processed(
    fake: FakeHeyGen, connection: Connection
) -> None:
    fake.inject("rate_limit", "createVideoAgentV3", retry_after=1)
    connection.create("hi")
    assert posts(fake, "createVideoAgentV3") == [429, 200]
    assert len(fake.backend.sessions) == 1


@pytest.mark.parametrize("kind", ["drop", "drop_after", "error", "malformed"])
def test_a_create_with_an_uncertain_outcome_is_never_sent_twice(
    fake: FakeHeyGen, connection: Connection, kind: str
) -> None:
    fake.inject(kind, "createVideoAgentV3", status=500)
    with pytest.raises(UncertainOutcomeError, match=r"may or may not have been applied.*Refresh the session"):
        connection.create("hi")
    assert len(posts(fake, "createVideoAgentV3")) == 1


@pytest.mark.parametrize("kind", ["drop_after", "error"])
def test_a_message_with_an_uncertain_outcome_is_never_sent_twice(
    fake: FakeHeyGen, connection: Connection, kind: str
) -> None:
    session = connection.create("hi")
    fake.run_until_idle()
    fake.inject(kind, "sendVideoAgentMessage", status=503)
    with pytest.raises(UncertainOutcomeError):
        session.send("shorter")
    assert len(posts(fake, "sendVideoAgentMessage")) == 1
    assert sum(m.content == "shorter" for m in fake.backend.sessions[session.session_id].messages) <= 1


def test_stop_is_safe_to_repeat_so_it_is_retried(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    fake.inject("drop", "stopVideoAgentSession")
    session.stop()
    assert posts(fake, "stopVideoAgentSession") == [0, 200]


def test_an_unreachable_server_is_a_connection_error_after_retries(sleeps: Sleeps) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        transport = Transport(f"http://127.0.0.1:{port}", KEY, sleep=sleeps)
        with (
            Connection(transport) as conn,
            pytest.raises(HeyGenConnectionError, match="Could not reach HeyGen"),
        ):
            conn.create("hi")  # refused before sending: safe to retry even a create
    assert len(sleeps) == 3


def test_session_404_while_rendering_recovers_through_the_video(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = connection.create("hi")
    fake.run_until_idle()
    session.refresh()
    session.approve()
    session.refresh()
    fake.inject("not_found_while_rendering", "getVideoAgentSession", times=-1)
    seen = [session.refresh() for _ in range(4)]
    assert all(s.phase is Phase.RENDERING for s in seen)
    fake.run_until_idle()
    final = session.refresh()
    assert final.finished and final.video is not None and final.video.ready
    assert "getVideoV3" in {r.operation for r in fake.requests}


def test_unknown_status_and_fields_are_kept_not_fatal(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    fake.inject("unknown_status", "getVideoAgentSession")
    odd = session.refresh()
    assert (odd.status, odd.phase) == ("queued_for_review", Phase.UNKNOWN)
    assert odd.can_stop and not odd.can_send
    fake.inject("extra_fields", "getVideoAgentSession")
    assert session.refresh().status == "thinking"


def test_messages_are_deduplicated_and_a_gap_is_marked(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    fake.run_until_idle()
    first = session.refresh()
    assert session.refresh().messages == first.messages  # no duplicates across polls
    fake.backend.burst(session.session_id, 45)
    after = session.refresh()
    assert GAP in after.messages
    assert after.messages[: len(first.messages)] == first.messages
    assert after.messages[-1].content == "Progress note 45 of 45."
    fake.backend.burst(session.session_id, 3)
    assert session.refresh().messages[-4:-3] == after.messages[-1:]  # overlap found, nothing lost


def test_a_script_without_a_key_is_refused_in_one_line_and_makes_nothing(
    simulator_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("HEYGEN_OFFLINE", raising=False)
    with pytest.raises(AuthenticationError) as caught:
        connect()  # pytest is no notebook kernel: a lost key must not quietly make fake videos
    message = str(caught.value)
    assert "\n" not in message and "HEYGEN_API_KEY" in message
    assert "offline=True" in message and "HEYGEN_OFFLINE=1" in message
    assert capsys.readouterr().out == ""
    assert not simulator_home.exists()  # no simulator was started


@pytest.mark.parametrize("how", ["offline=True", "HEYGEN_OFFLINE=1"])
def test_offline_uses_the_per_user_simulator_and_close_leaves_it_running(
    how: str, simulator_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEYGEN_OFFLINE", "1" if how == "HEYGEN_OFFLINE=1" else "")
    threads = threading.active_count()
    conn = connect(offline=how == "offline=True")
    line = capsys.readouterr().out
    assert line.startswith("Using the local HeyGen simulator at http://127.0.0.1:") and line.count("\n") == 1
    assert f"({how})" in line
    assert conn.simulated and "simulator" in repr(conn)
    session_id = conn.create("Kept for later. Cover one and two.").session_id
    conn.close()
    assert threading.active_count() == threads  # the simulator is a process, not a thread of ours
    with connect(offline=True, quiet=True) as again:  # the same process, the same sessions
        assert again.transport.base_url == conn.transport.base_url
        assert again.attach(session_id).session_id == session_id


def test_connect_with_a_key_uses_the_real_api_address(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "sk-from-env-123456")
    monkeypatch.delenv("HEYGEN_BASE_URL", raising=False)
    with connect() as conn:
        assert not conn.simulated and conn.transport.base_url == "https://api.heygen.com"
    out = capsys.readouterr().out
    assert "HEYGEN_API_KEY" in out and "sk-from-env-123456" not in out
    with connect("sk-explicit-98765", base_url="http://127.0.0.1:9", quiet=True) as conn:
        assert conn.where == "HeyGen at http://127.0.0.1:9" and "sk-explicit" not in repr(conn)
    assert capsys.readouterr().out == ""


def test_attach_of_an_unknown_id_says_in_one_line_what_to_check(connection: Connection) -> None:
    with pytest.raises(NotFoundError) as missing:
        connection.attach("sess_nope")  # neither family knows it
    message = str(missing.value)
    assert "\n" not in message and "sess_nope" in message and connection.transport.base_url in message
    assert "check the id" in message and "API key" in message
