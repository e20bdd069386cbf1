"""An address that accepts and never answers fails in seconds, in one line; unsendable requests never go."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from heygen_widgets.errors import (
    HeyGenError,
    HeyGenTimeoutError,
    InvalidParameterError,
    UncertainOutcomeError,
)
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Changed, Event, Poller
from heygen_widgets.session import Connection, RetryPolicy, Session, Transport
from heygen_widgets.session.families import FAMILIES
from heygen_widgets.session.transport import Timeouts, retry_after_seconds
from heygen_widgets.snapshot import Phase
from tests.poller.fakes import Recorder
from tests.session.conftest import KEY, Sleeps

QUICK = Timeouts(connect=0.5, read=0.2, change=0.2, poll=0.2)  # the defaults' shape, in tenths of seconds


class SilentServer:
    """Accepts TCP connections and never answers; counts them (each try opens a new one)."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.accepted: list[socket.socket] = []
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="silent-server", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._socket.accept()
            except OSError:  # closed: the test is over
                return
            self.accepted.append(conn)
            self.connected.set()

    def close(self) -> None:
        if self._socket.fileno() == -1:
            return  # closed already
        self._socket.shutdown(socket.SHUT_RDWR)  # wakes the accept() (a close alone does not)
        self._socket.close()
        self._thread.join(2.0)
        assert not self._thread.is_alive()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def test_attach_of_an_address_that_never_answers_fails_after_two_reads(
    silent: SilentServer, sleeps: Sleeps
) -> None:
    with (
        Connection(Transport(silent.url, KEY, timeout=QUICK, sleep=sleeps)) as conn,
        pytest.raises(HeyGenTimeoutError) as caught,
    ):
        conn.attach("sess_123")
    message = str(caught.value)
    assert len(silent.accepted) == 2  # two reads of the chat family; a timeout is not a 404
    assert len(sleeps) == 1
    assert "\n" not in message and KEY not in message
    assert silent.url in message and "HEYGEN_BASE_URL" in message and "network" in message


def test_create_on_an_address_that_never_answers_is_uncertain_and_never_repeated(
    silent: SilentServer, sleeps: Sleeps
) -> None:
    with (
        Connection(Transport(silent.url, KEY, timeout=QUICK, sleep=sleeps)) as conn,
        pytest.raises(UncertainOutcomeError, match="may or may not have been applied"),
    ):
        conn.create("hi")
    assert len(silent.accepted) == 1
    assert sleeps == []


def test_the_default_timeouts_bound_attach_and_create() -> None:
    # What a hanging address costs with the defaults, from the same arithmetic the test above
    # exercises: every read try waits for its answer, plus the backoff between tries (at most).
    timeouts, retry = Timeouts(), RetryPolicy()
    worst_attach = retry.timeout_attempts * timeouts.read + sum(
        retry.delay(n, None, 0.999) for n in range(retry.timeout_attempts - 1)
    )
    assert worst_attach <= 15.0
    assert timeouts.change <= 20.0  # a create is tried once
    assert timeouts.poll < timeouts.read  # a poller's read gives up first
    assert Timeouts().at_most(30.0) == Timeouts()  # connect(timeout=30) keeps the defaults
    assert Timeouts().at_most(2.0) == Timeouts(2.0, 2.0, 2.0, 2.0)


def test_a_poll_of_an_address_that_never_answers_is_one_attempt(silent: SilentServer, sleeps: Sleeps) -> None:
    with Connection(Transport(silent.url, KEY, timeout=QUICK, sleep=sleeps)) as conn:
        session = Session(conn.transport, FAMILIES["chat"], "sess_123", known=True)
        with pytest.raises(HeyGenTimeoutError, match="asked once"):
            session.poll()
        assert session.poll_requests == 1
    assert len(silent.accepted) == 1 and sleeps == []


def test_a_poll_hanging_on_the_wire_holds_no_other_session(fake: FakeHeyGen, silent: SilentServer) -> None:
    hanging = Transport(silent.url, KEY, timeout=Timeouts(poll=60.0))  # it would hang a minute
    reviewing = threading.Event()

    def on_healthy(event: Event) -> None:
        if isinstance(event, Changed) and event.snapshot.phase is Phase.REVIEW:
            reviewing.set()

    with Connection(Transport(fake.url, KEY)) as conn:
        healthy = conn.create("Going on")
        poller = Poller()
        try:
            poller.watch(Session(hanging, FAMILIES["chat"], "sess_hung", known=True), Recorder())
            assert silent.connected.wait(5.0)  # its read is on the wire, unanswered
            poller.watch(healthy, on_healthy)
            fake.run_until_idle()
            poller.nudge(healthy.session_id)
            assert reviewing.wait(5.0)  # the other session went on meanwhile
            threads = poller.threads
        finally:
            poller.close()
    silent.close()  # the hanging read ends now; what it brings back is dropped
    for thread in threads:
        thread.join(5.0)
        assert not thread.is_alive()
    hanging.close()


@pytest.mark.parametrize(
    ("key", "url", "param"),
    [
        ("sk-caf\u00e9-2024", None, "api_key"),  # non-ASCII: UnicodeEncodeError while building headers
        ("sk-line\nbreak-2024", None, "api_key"),  # a control character: h11's LocalProtocolError
        (KEY, "http://[::1", "base_url"),  # InvalidURL
        (KEY, "ftp://127.0.0.1:9", "base_url"),  # UnsupportedProtocol
    ],
)
def test_a_request_that_cannot_be_built_is_one_redacted_line_and_not_retried(
    fake: FakeHeyGen, sleeps: Sleeps, key: str, url: str | None, param: str
) -> None:
    with (
        Connection(Transport(url or fake.url, key, sleep=sleeps)) as conn,
        pytest.raises(InvalidParameterError) as caught,
    ):
        conn.attach("sess_123", family="chat")
    error = caught.value
    assert isinstance(error, HeyGenError) and error.param == param and error.fatal
    assert "\n" not in str(error) and key not in str(error) and key not in repr(error)
    assert str(error).startswith(
        ("GET /v3/video-agents/sess_123 was not sent", "Get Video Agent Session request was not sent")
    )
    assert sleeps == [] and fake.requests == []


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("30", 30.0),
        ("2.5", 2.5),
        (" 7 ", 7.0),
        ("-3", 0.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),  # an HTTP date, 30 s after "now"
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),  # already past
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_retry_after_is_read_as_seconds_or_an_http_date(header: str | None, seconds: float | None) -> None:
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert retry_after_seconds(header, now=now) == seconds
