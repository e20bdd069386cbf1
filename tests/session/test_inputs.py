"""Inputs checked before anything is sent: the key, the base URL, session ids and files."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import ipywidgets as w
import pytest

from heygen_widgets.errors import HeyGenError, InvalidParameterError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Asset, Connection, Data, Transport, connect
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock

SECRET = "sk-live-inputs-4d8e1f"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
MAX_BYTES = 32 * 1024 * 1024  # HeyGen's upload limit, "Max 32 MB"
BIG_PNG = b"\x89PNG\r\n\x1a\n" + bytes(1_100_000)  # over the inline limit: uploaded as an asset


@pytest.fixture
def strict() -> Iterator[FakeHeyGen]:
    """A simulator that accepts only SECRET, so a key that was not stripped would be refused."""
    with FakeHeyGen(api_keys=frozenset({SECRET})) as fake:
        yield fake


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("httpx", "httpcore", "heygen_widgets"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def every_log_text(caplog: pytest.LogCaptureFixture) -> str:
    """What a log handler could write: each message with its arguments, and any traceback."""
    raw = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_info!r}" for r in caplog.records)
    return f"{caplog.text}\n{raw}"


def tick(poller: Poller, clock: FakeClock) -> None:
    clock.advance(poller.poll_once())


def test_a_key_read_from_a_file_is_stripped_and_never_shown(
    strict: FakeHeyGen, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    """`connect(api_key=open(path).read())`: the trailing newline made every request fail with an
    error that quoted the key, which then reached the panel, the notebook's widget state and the
    DEBUG log. The key is stripped now; a whole lifecycle shows it nowhere."""
    key_file = tmp_path / "heygen.key"
    key_file.write_text(SECRET + "\n")
    clock = FakeClock()
    with (
        connect(api_key=key_file.read_text(), base_url=strict.url, quiet=True) as conn,
        Poller(clock=clock, autostart=False) as poller,
    ):
        session = conn.create("An onboarding video for new hires.")
        panel = SessionPanel(session, poller=poller, runner=Inline())
        tick(poller, clock)
        strict.run_until_idle()
        tick(poller, clock)
        panel.feedback.text.value = "add a scene about code review"
        panel.feedback.button.click()
        strict.run_until_idle()
        tick(poller, clock)
        panel.controls.approve.click()
        strict.run_until_idle()
        tick(poller, clock)
        assert session.wait("done", timeout=5).finished
        session.download(tmp_path / "video.webm")
        assert conn.attach(session.session_id).session_id == session.session_id
        assert [s.session_id for s in conn.sessions()] == [session.session_id]
        shown = [panel.notice.value, panel.feedback.error.value, repr(panel), repr(conn), repr(session)]
        widget_state = json.dumps(w.Widget.get_manager_state(drop_defaults=False), default=str)
        panel.close()
    assert panel.snapshot is not None and panel.snapshot.finished
    assert all(SECRET not in text for text in shown)
    assert SECRET not in widget_state  # what a saved notebook keeps
    assert {r.name.split(".")[0] for r in debug_logs.records} >= {"httpx", "httpcore"}
    assert SECRET not in every_log_text(debug_logs)


def test_a_read_with_a_key_read_from_a_file_works_and_no_error_quotes_it(
    strict: FakeHeyGen, tmp_path: Path
) -> None:
    """On main this read failed with "Illegal header value b'<the key>\\n'", which the panel showed."""
    key_file = tmp_path / "heygen.key"
    key_file.write_text(SECRET + "\n")
    shown: list[str] = []
    with connect(api_key=key_file.read_text(), base_url=strict.url, quiet=True) as conn:
        try:
            conn.avatars()
        except HeyGenError as exc:
            shown += [str(exc), repr(exc)]
    assert not any(SECRET in text for text in shown), shown
    assert shown == []


@pytest.mark.parametrize(
    ("key", "flaw"),
    [
        ("sk-live inputs", "a space or line break (position 8)"),
        ("sk-live\ninputs", "a space or line break (position 8)"),
        ("sk-live\x00inputs", "a control character (position 8)"),
        ("sk-live\x7finputs", "a control character (position 8)"),
        ("sk-livé-inputs", "a non-ASCII character (position 7)"),
        ("sk-live\u200binputs", "a non-ASCII character (position 8)"),  # a zero-width space from a web page
    ],
)
def test_a_key_with_inner_whitespace_control_or_non_ascii_characters_is_refused(
    key: str, flaw: str, strict: FakeHeyGen
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        connect(api_key=key, base_url=strict.url, quiet=True)
    message = str(caught.value)
    assert message == (
        f"The API key (api_key) contains {flaw}; copy it again from app.heygen.com/settings?nav=API, "
        "and only it."
    )
    assert "inputs" not in message and "sk-live" not in message and caught.value.param == "api_key"
    assert strict.requests == []


def test_the_key_from_the_environment_is_checked_too(
    monkeypatch: pytest.MonkeyPatch, strict: FakeHeyGen, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", f"  {SECRET}\r\n")
    with connect(base_url=strict.url) as conn:
        assert conn.avatars()
    assert SECRET not in capsys.readouterr().out
    monkeypatch.setenv("HEYGEN_API_KEY", "sk one")
    with pytest.raises(InvalidParameterError, match=r"^The API key \(HEYGEN_API_KEY\) contains a space"):
        connect(base_url=strict.url, quiet=True)


@pytest.mark.parametrize(
    ("key", "text"),
    [("", "is empty"), (" \n", "is empty"), (b"sk-bytes", "must be text, not bytes")],
)
def test_an_empty_or_non_text_key_is_refused(key: object, text: str) -> None:
    with pytest.raises(InvalidParameterError, match=text):
        connect(api_key=key, quiet=True)  # type: ignore[arg-type]


def test_an_address_passed_as_the_key_is_pointed_at_base_url() -> None:
    with pytest.raises(InvalidParameterError, match=r"looks like a URL; pass an address as base_url="):
        connect("https://api.heygen.com", quiet=True)


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("ftp://api.heygen.com", "must start with https:// or http://"),
        ("proxy.example.com", "must start with https:// or http://"),
        ("https:///v3", "has no host"),
        ("https://:443", "has no host"),
        ("https://user:sk-live-inputs-4d8e1f@api.heygen.com", "contains a user name or password"),
        ("https://api.heygen.com?key=1", "must not have a '?query' or '#fragment'"),
        ("https://api.heygen.com/#top", "must not have a '?query' or '#fragment'"),
        ("https://api.heygen.com:http", "has an invalid port"),
        ("https://api.heygen .com", "contains spaces, control or non-ASCII characters"),
        ("https://api.héygen.com", "contains spaces, control or non-ASCII characters"),
    ],
)
def test_a_bad_base_url_is_refused_in_one_line_without_repeating_it(url: str, text: str) -> None:
    with pytest.raises(InvalidParameterError, match=re.escape(text)) as caught:
        connect(SECRET, base_url=url, quiet=True)
    message = str(caught.value)
    assert "\n" not in message and url not in message and SECRET not in message
    assert caught.value.param == "base_url"


def test_a_good_base_url_is_kept_without_its_trailing_slash(
    monkeypatch: pytest.MonkeyPatch, strict: FakeHeyGen
) -> None:
    with connect(SECRET, base_url=f" {strict.url}/ ", quiet=True) as conn:
        assert conn.transport.base_url == strict.url and conn.avatars()
    monkeypatch.setenv("HEYGEN_BASE_URL", "https://proxy.example.com/heygen?x=1")
    with pytest.raises(InvalidParameterError, match=r"^The base URL \(HEYGEN_BASE_URL\) must not have"):
        connect(SECRET, quiet=True)


@pytest.mark.parametrize(
    ("session_id", "text"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        (".", "is a path segment"),
        ("..", "is a path segment"),
        ("../videos", "contains '/'"),
        ("sess_1/stop", "contains '/'"),
        ("sess_1?x=1", "contains '?'"),
        ("sess_1#top", "contains '#'"),
        ("sess 1", "contains ' '"),
        ("sess_1\n", "contains '\\\\n'"),
        ("%2e%2e", "contains '%'"),
        ("sess\\1", "contains '\\\\\\\\'"),
        ("s" * 201, "is 201 characters long"),
    ],
)
def test_a_session_id_that_would_change_the_url_is_refused_before_sending(
    fake: FakeHeyGen, connection: Connection, session_id: str, text: str
) -> None:
    with pytest.raises(InvalidParameterError, match=text) as caught:
        connection.attach(session_id)
    assert caught.value.param == "session_id" and "\n" not in str(caught.value)
    assert fake.requests == []


def test_a_session_id_of_safe_characters_is_looked_up(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("hi")
    assert connection.attach(session.session_id).session_id == session.session_id
    with pytest.raises(HeyGenError, match="not found"):
        connection.attach("sess_unknown-1.2~3", family="chat")


def uploads(fake: FakeHeyGen) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.path == "/v3/assets")


def big_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(BIG_PNG)
    return path


@pytest.mark.parametrize(
    ("third", "text"),
    [
        (lambda d: d / "missing.png", r"^files\[2\]: '.*missing.png' is not a file"),
        (lambda d: d, r"^files\[2\]: '.*' is a folder"),
        (lambda d: d / "notes.txt", r"^files\[2\]: 'notes.txt' is text/plain; HeyGen takes jpeg, mp3"),
        (lambda d: d / "empty.png", r"^files\[2\]: 'empty.png' is empty"),
        (lambda d: d / "huge.mp4", r"^files\[2\]: 'huge.mp4' is 32.0 MB; HeyGen takes files up to 32 MB"),
    ],
)
def test_every_file_is_checked_before_any_is_uploaded(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path, third: Callable[[Path], Path], text: str
) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "empty.png").write_bytes(b"")
    with (tmp_path / "huge.mp4").open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: checked by its size, never read
    files = [big_file(tmp_path, "one.png"), big_file(tmp_path, "two.png"), third(tmp_path)]
    with pytest.raises(InvalidParameterError, match=text) as caught:
        connection.create("Use these", files=files)
    assert caught.value.param == "files[2]" and "\n" not in str(caught.value)
    assert uploads(fake) == 0 and fake.requests == []


def test_files_of_every_supported_kind_are_attached(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path
) -> None:
    names = ["a.png", "b.JPG", "c.jpeg", "d.mp4", "e.webm", "f.mp3", "g.wav", "h.pdf", "i.srt"]
    for name in names:
        (tmp_path / name).write_bytes(b"content of " + name.encode())
    session = connection.create(
        "Use these", files=[tmp_path / n for n in names] + [big_file(tmp_path, "j.png")]
    )
    assert len(fake.backend.sessions[session.session_id].resources) == len(names) + 1
    assert uploads(fake) == 1


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (b"just some bytes", "is of a type that cannot be told"),
        (Data(b"GIF89a....", None, "loop.gif"), "'loop.gif' is image/gif"),
        (Data(PNG, "text/html"), "'attachment' is text/html"),
        (Data(b""), "'attachment' is empty"),
        (Asset(""), "the Asset has no id"),
        (42, "a int cannot be attached"),
    ],
)
def test_bytes_and_assets_are_checked_too(
    fake: FakeHeyGen, connection: Connection, item: object, text: str
) -> None:
    with pytest.raises(InvalidParameterError, match=text):
        connection.create("hi", files=[PNG, item])  # type: ignore[list-item]
    assert fake.requests == []


def test_types_are_read_from_the_name_the_declared_type_or_the_bytes(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = connection.create(
        "hi",
        files=[
            Data(b"1\n00:00:01,000 --> 00:00:02,000\nHi\n", None, "captions.srt"),
            Data(b"\x00\x00\x00\x18ftypmp42", "application/octet-stream", "clip"),
            Data(b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio/x-wav"),
            Data(PNG, "image/png; charset=binary"),
        ],
    )
    kinds = sorted(str(r.media_type) for r in fake.backend.sessions[session.session_id].resources.values())
    assert kinds == ["application/x-subrip", "audio/wav", "image/png", "video/mp4"]


def test_upload_checks_the_file_and_refuses_a_url(fake: FakeHeyGen, connection: Connection) -> None:
    with pytest.raises(InvalidParameterError, match="a URL is attached as it is"):
        connection.upload("https://example.com/deck.pdf")
    with pytest.raises(InvalidParameterError, match="cannot be told"):
        connection.upload(b"????")
    assert uploads(fake) == 0
    assert connection.upload(Asset("asset_1")) == Asset("asset_1")


def test_a_key_http_cannot_carry_is_refused_by_the_transport_without_showing_it(fake: FakeHeyGen) -> None:
    """The generated client used directly, with a key `connect()` would have refused."""
    for key in (SECRET + "\n", SECRET + "\u00e9"):
        conn = Connection(Transport(fake.url, key, sleep=lambda _s: None))
        with pytest.raises(
            InvalidParameterError, match=r"^(GET /v3/avatars/looks|List Avatar Looks request) was not sent"
        ) as caught:
            conn.avatars()
        assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
        if key.isascii():  # httpx could not even build its client around the other one
            conn.close()
    assert fake.requests == []


def test_a_message_with_a_missing_file_sends_and_uploads_nothing(
    fake: FakeHeyGen, connection: Connection, tmp_path: Path
) -> None:
    session = connection.create("hi")
    fake.run_until_idle()
    before = len(fake.requests)
    files = [big_file(tmp_path, "one.png"), big_file(tmp_path, "two.png"), tmp_path / "gone.png"]
    with pytest.raises(InvalidParameterError, match=r"^files\[2\]: .*gone.png' is not a file"):
        session.send("use these", files=files)
    assert fake.requests[before:] == [] and uploads(fake) == 0


def test_text_with_a_broken_character_is_refused_before_sending(
    fake: FakeHeyGen, connection: Connection
) -> None:
    """A lone surrogate (a bad copy and paste) cannot be encoded as JSON; httpx raised a bare UnicodeError."""
    with pytest.raises(
        InvalidParameterError, match=r"^The prompt has a broken character at position 4; retype"
    ):
        connection.create("hi \ud800 there")
    assert fake.requests == []
