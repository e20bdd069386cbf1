"""HeyGen's error answers, as they arrive over a socket, become one typed, redacted, one-line error.

A tiny loopback server stands in for HeyGen here (the simulator answers only its own envelopes):
each test sets the status and the exact bytes it answers with, and the real transport and
generated client read them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote

import pytest

import heygen_widgets
from heygen_widgets.errors import (
    AuthenticationError,
    ConflictError,
    HeyGenError,
    InsufficientCreditsError,
    InvalidParameterError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UncertainOutcomeError,
    from_response,
    redact,
)
from heygen_widgets.session import Connection, RetryPolicy, Transport

KEY = "sk-live-map/7Q+z9=="  # base64-like: '/', '+' and '=' change when URL-encoded


@dataclass
class Canned:
    """What the stand-in answers: a status, a body (bytes as they are, else JSON), headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    echo_key: bool = False  # put the x-api-key header back into the body, as a careless proxy might
    seen: list[str] = field(default_factory=list)

    def render(self, key: str) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        text = json.dumps(self.body)
        return text.replace("{KEY}", key).encode() if self.echo_key else text.encode()


@dataclass
class StandIn:
    """The loopback server and the answer it gives (each test sets its own)."""

    url: str
    answer: Canned = field(default_factory=Canned)


@pytest.fixture(scope="module")
def stand_in() -> Iterator[StandIn]:
    """One server for the module, stopped and joined at its end."""
    holder: list[StandIn] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output clean."""

        def _answer(self) -> None:
            answer = holder[0].answer
            answer.seen.append(f"{self.command} {self.path}")
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            data = answer.render(self.headers.get("x-api-key", ""))
            self.send_response(answer.status)
            for name, value in {"Content-Type": "application/json", **answer.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder.append(StandIn(f"http://127.0.0.1:{server.server_address[1]}"))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


@pytest.fixture
def canned(stand_in: StandIn) -> tuple[Canned, str]:
    stand_in.answer = Canned()
    return stand_in.answer, stand_in.url


@pytest.fixture
def read(canned: tuple[Canned, str]) -> Iterator[tuple[Canned, Connection]]:
    """A connection to the stand-in that tries once (so each test sees exactly one answer)."""
    answer, url = canned
    with Connection(Transport(url, KEY, retry=RetryPolicy(attempts=1), sleep=lambda _s: None)) as conn:
        yield answer, conn


def failure(conn: Connection) -> HeyGenError:
    with pytest.raises(HeyGenError) as caught:
        conn.avatars()
    return caught.value


SCOPE_MESSAGE = "This API key does not have permission to perform this action. Required scope: avatars:read."


@pytest.mark.parametrize(
    ("status", "body", "kind", "code", "says"),
    [
        # code only: a readable message from the code, and advice
        (402, {"error": {"code": "insufficient_credit"}}, InsufficientCreditsError, "insufficient_credit",
         "The account has run out of credits. Add credits to your HeyGen account, then try again."),
        (403, {"error": {"code": "insufficient_api_key_scope"}}, MissingScopeError,
         "insufficient_api_key_scope",
         "This API key lacks a scope (permission) this call needs. Create an API key with the scope"),
        (404, {"error": {"code": "not_found"}}, NotFoundError, "not_found",
         "HeyGen found no such resource. Check the id"),
        (409, {"error": {"code": "conflict"}}, ConflictError, "conflict",
         "HeyGen refused because of the resource's current state. Nothing was changed; refresh"),
        (503, {"error": {"code": "service_unavailable"}}, ServerError, "service_unavailable",
         "HeyGen is temporarily unavailable. HeyGen had a problem; try again shortly."),
        (400, {"error": {"code": "video_too_long"}}, InvalidParameterError, "video_too_long",
         "Video too long."),
        # message only: the kind from the status
        (409, {"error": {"message": "The session is already rendering."}}, ConflictError, "http_409",
         "The session is already rendering. Nothing was changed"),
        (422, {"error": {"message": "'prompt' is invalid", "param": "prompt"}}, InvalidParameterError,
         "http_422", "'prompt' is invalid."),
        (401, {"error": "Invalid API key"}, AuthenticationError, "http_401",
         "Invalid API key. Check HEYGEN_API_KEY"),
        (404, {"message": "Route not found"}, NotFoundError, "http_404", "Route not found."),
        # not JSON at all: a gateway's page
        (502, b"<html><h1>502 Bad Gateway</h1></html>", ServerError, "http_502",
         "HeyGen answered HTTP 502 without a message (the answer was not JSON"),
        (418, b"I'm a teapot", HeyGenError, "http_418", "HeyGen answered HTTP 418 without a message"),
        # the full envelope
        (403, {"error": {"code": "insufficient_api_key_scope", "message": SCOPE_MESSAGE, "param": None}},
         MissingScopeError, "insufficient_api_key_scope",
         f"{SCOPE_MESSAGE} Create an API key with the avatars:read scope (app.heygen.com/settings?nav=API)"),
        (403, {"error": {"code": "forbidden", "message": "Voice cloning is not on your plan."}},
         PermissionDeniedError, "forbidden",
         "Voice cloning is not on your plan. Check the key's permissions and your plan"),
        (429, {"error": {"code": "rate_limit_exceeded", "message": "Too many requests"}}, RateLimitError,
         "rate_limit_exceeded", "Too many requests. Wait a little and try again."),
        (500, {"error": {"code": "internal_error", "message": "Boom"}}, ServerError, "internal_error",
         "Boom. HeyGen had a problem; try again shortly."),
    ],
)  # fmt: skip
def test_every_kind_of_error_answer_becomes_a_typed_one_line_error(
    read: tuple[Canned, Connection], status: int, body: Any, kind: type, code: str, says: str
) -> None:
    answer, conn = read
    answer.status, answer.body = status, body
    error = failure(conn)
    assert type(error) is kind and error.code == code and error.status == status
    assert error.message.startswith(says) and "\n" not in error.message
    assert str(error) == error.message and answer.seen == ["GET /v3/avatars/looks?limit=50"]


def test_a_missing_scope_names_the_scope_and_is_still_an_authentication_error(
    read: tuple[Canned, Connection],
) -> None:
    answer, conn = read
    answer.status = 403
    answer.body = {"error": {"code": "insufficient_api_key_scope", "message": SCOPE_MESSAGE}}
    error = failure(conn)
    assert isinstance(error, MissingScopeError) and isinstance(error, AuthenticationError)
    assert error.scope == "avatars:read" and error.fatal
    assert "Check HEYGEN_API_KEY" not in error.message  # the key is right; it lacks a scope
    answer.body = {"error": {"code": "insufficient_api_key_scope", "required_scopes": ["videos:read"]}}
    assert "with the videos:read scope" in failure(conn).message
    answer.body = {"error": {"code": "insufficient_api_key_scope", "message": "No.", "param": "assets:write"}}
    error = failure(conn)
    assert isinstance(error, MissingScopeError) and error.scope == "assets:write"
    answer.body = {
        "error": {"code": "insufficient_api_key_scope", "message": "Lacks the 'video_agent:write' scope."}
    }
    assert "Create an API key with the video_agent:write scope" in failure(conn).message


@pytest.mark.parametrize(
    ("status", "code", "fatal"),
    [
        (400, "invalid_parameter", True),  # the same input is refused again
        (401, "unauthorized", True),  # the same key fails every time
        (402, "insufficient_credit", True),  # until someone adds credits
        (403, "insufficient_api_key_scope", True),  # a key's scopes never change
        (403, "forbidden", True),
        (404, "not_found", True),
        (409, "conflict", False),  # the state passes
        (422, "graph_invalid", True),
        (429, "rate_limit_exceeded", False),
        (500, "internal_error", False),
        (503, "service_unavailable", False),
    ],
)
def test_only_errors_that_a_repeat_cannot_fix_are_fatal(status: int, code: str, fatal: bool) -> None:
    assert from_response(status, {"error": {"code": code}}, None).fatal is fatal


def test_a_conflict_on_a_change_is_not_an_uncertain_outcome(read: tuple[Canned, Connection]) -> None:
    """HeyGen answered 409: it refused, so nothing was applied and nothing is repeated."""
    answer, conn = read
    answer.status, answer.body = 409, {"error": {"code": "conflict", "message": "Session is busy."}}
    with pytest.raises(ConflictError, match=r"^Session is busy\. Nothing was changed") as caught:
        conn.create("hi")
    assert not isinstance(caught.value, UncertainOutcomeError)
    assert answer.seen == ["POST /v3/video-agents"]


def test_per_item_details_are_named(read: tuple[Canned, Connection]) -> None:
    answer, conn = read
    answer.status = 422
    answer.body = {
        "error": {
            "code": "graph_invalid",
            "message": "The workflow graph is invalid.",
            "errors": [
                {"code": "a", "message": "unknown node 'lmm'"},
                {"code": "b", "message": "Field required"},
            ],
            "doc_url": "https://docs.example/errors#graph",
        }
    }
    error = failure(conn)
    assert error.message == "The workflow graph is invalid. Details: unknown node 'lmm'; Field required."
    assert (
        error.details["doc_url"] == "https://docs.example/errors#graph" and len(error.details["errors"]) == 2
    )


def test_a_long_message_stays_one_short_line_with_its_advice(read: tuple[Canned, Connection]) -> None:
    answer, conn = read
    answer.status, answer.body = 500, {"error": {"message": "trace\n" * 400}}
    error = failure(conn)
    assert len(error.message) <= 500 and "\n" not in error.message
    assert error.message.endswith("HeyGen had a problem; try again shortly.")


def test_every_field_of_the_envelope_is_redacted_in_every_form_of_the_key(
    read: tuple[Canned, Connection],
) -> None:
    """A proxy that echoes the key back, plainly, escaped, JSON- or URL-encoded, in any field."""
    answer, conn = read
    forms = [KEY, repr(KEY)[1:-1], quote(KEY, safe=""), json.dumps(KEY)[1:-1]]
    answer.status, answer.echo_key = 400, True
    answer.body = {
        "error": {
            "code": "bad_{KEY}",
            "message": f"key {{KEY}} or {forms[2]} was refused",
            "param": "x-api-key={KEY}",
            "doc_url": f"https://docs.example/?k={forms[2]}",
            "errors": [{"message": "nested {KEY}", "path": "{KEY}"}],
            "request": {"headers": {"x-api-key": "{KEY}"}},
            "{KEY}": "as a field name",
        }
    }
    error = failure(conn)
    everything = json.dumps([str(error), repr(error), error.code, error.param, error.details])
    assert all(form not in everything for form in forms)
    assert error.message.startswith("key *** or *** was refused. Details: nested ***.")
    assert error.param == "x-api-key=***"
    assert error.details["request"] == {"headers": {"x-api-key": "***"}}


@pytest.mark.parametrize(
    ("secret", "text"),
    [
        ("sk-abc-123\n", "Illegal header value b'sk-abc-123\\n'"),  # the repr httpcore writes
        ("sk-abc-123\n", "header 'sk-abc-123\\n' refused"),
        ("sk-abc-123\n", "the key sk-abc-123 alone"),
        ("sk-é-12345", "b'sk-\\xc3\\xa9-12345'"),
        ("sk-é-12345", "'sk-\\xe9-12345'"),
        ("sk/abc+def=", "?key=sk%2Fabc%2Bdef%3D"),
        ("sk/abc def", "?key=sk%2Fabc+def"),
        ('sk"abc\\def', '{"key": "sk\\"abc\\\\def"}'),
    ],
)
def test_redact_covers_the_forms_a_key_takes_in_text(secret: str, text: str) -> None:
    assert "***" in redact(text, secret)
    assert "abc" not in redact(text, secret) and "12345" not in redact(text, secret)


def test_redact_leaves_text_alone_without_a_secret() -> None:
    assert redact("sk-abc", None) == "sk-abc" and redact("sk-abc", "") == "sk-abc"
    assert redact("a b c", " ") == "a b c"  # forms shorter than 4 characters are never replaced


def test_new_error_classes_are_exported() -> None:
    assert {"ConflictError", "MissingScopeError", "PermissionDeniedError"} <= set(heygen_widgets.__all__)
    assert heygen_widgets.MissingScopeError is MissingScopeError  # sorting: tests/test_architecture.py
