"""The spec checker passes conforming answers and names the field of a bad one."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.openapi_check import operation_for, response_checker, validate_response

SESSION = "/v3/video-agents/{session_id}"
VALID_SESSION: dict[str, Any] = {
    "data": {"session_id": "sess_1", "status": "thinking", "created_at": 1700000000, "messages": []}
}
BASE = "http://127.0.0.1:9"


def test_a_conforming_body_passes() -> None:
    validate_response("GET", SESSION, 200, VALID_SESSION)
    validate_response("get", SESSION, 404, {"error": {"code": "not_found", "message": "No such session."}})


def test_a_wrong_type_fails_naming_operation_status_and_path() -> None:
    body = {"data": {**VALID_SESSION["data"], "created_at": "yesterday"}}
    with pytest.raises(AssertionError, match=r"getVideoAgentSession .* 200 .*\$\.data\.created_at") as info:
        validate_response("GET", SESSION, 200, body)
    assert "'yesterday' is not of type 'integer'" in str(info.value)


def test_a_missing_required_field_fails_naming_the_field() -> None:
    data = {key: value for key, value in VALID_SESSION["data"].items() if key != "status"}
    with pytest.raises(AssertionError, match=r"\$\.data: 'status' is a required property"):
        validate_response("GET", SESSION, 200, {"data": data})


def test_refs_resolve_inside_nested_component_schemas() -> None:
    # SessionMessageType is reached through GetSessionResponse -> SessionMessage -> its own $ref
    message = {"role": "user", "content": "hi", "type": "shout"}
    body = {"data": {**VALID_SESSION["data"], "messages": [message]}}
    with pytest.raises(AssertionError, match=r"\$\.data\.messages\[0\]\.type: 'shout' is not one of"):
        validate_response("GET", SESSION, 200, body)
    validate_response(
        "GET", SESSION, 200, {"data": {**VALID_SESSION["data"], "messages": [dict(message, type="text")]}}
    )


def test_an_undocumented_status_fails() -> None:
    with pytest.raises(AssertionError, match="getVideoAgentSession: status 418 is not documented"):
        validate_response("GET", SESSION, 418, {})


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/v3/video-agents/styles", "/v3/video-agents/styles"),
        ("POST", "/v3/video-agents/sessions", "/v3/video-agents/sessions"),
        ("GET", "/v3/video-agents/sessions/sess_1", "/v3/video-agents/sessions/{session_id}"),
        ("POST", "/v3/video-agents/sess_123/stop", "/v3/video-agents/{session_id}/stop"),
        ("POST", "/v3/video-agents/sessions/sess_1/stop", "/v3/video-agents/sessions/{session_id}/stop"),
        ("GET", "/v3/video-agents/sess_1", "/v3/video-agents/{session_id}"),
        ("GET", "/v3/video-agents/a%2Fb", "/v3/video-agents/{session_id}"),
    ],
)
def test_operation_for_prefers_literal_segments(method: str, path: str, template: str) -> None:
    assert operation_for(method, path) == template


def test_operation_for_rejects_paths_outside_the_spec() -> None:
    with pytest.raises(AssertionError, match="DELETE /v3/video-agents/sess_1 matches no operation"):
        operation_for("DELETE", "/v3/video-agents/sess_1")


def checked_client(status: int, body: Any, content_type: str = "application/json") -> httpx.Client:
    """A client over a MockTransport that answers every request with ``body``."""
    content = body if isinstance(body, bytes) else httpx.Response(200, json=body).content

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    transport = httpx.MockTransport(handler)
    return httpx.Client(
        base_url=BASE, transport=transport, event_hooks={"response": [response_checker(BASE)]}
    )


def test_the_hook_passes_conforming_answers() -> None:
    with checked_client(200, VALID_SESSION) as client:
        assert client.get("/v3/video-agents/sess_1").json() == VALID_SESSION


def test_the_hook_rejects_a_bad_answer() -> None:
    with (
        checked_client(200, {"data": {"session_id": "sess_1"}}) as client,
        pytest.raises(AssertionError, match="'status' is a required property"),
    ):
        client.get("/v3/video-agents/sess_1")


def test_the_hook_rejects_a_non_json_answer_where_the_spec_wants_json() -> None:
    with (
        checked_client(200, b"<html/>", "text/html") as client,
        pytest.raises(AssertionError, match="as 'text/html', the spec says application/json"),
    ):
        client.get("/v3/video-agents/sess_1")


def test_the_hook_rejects_broken_json() -> None:
    with checked_client(200, b'{"data": ') as client, pytest.raises(AssertionError, match="bad JSON"):
        client.get("/v3/users/me")


def test_the_hook_skips_paths_outside_the_api() -> None:
    with checked_client(200, b"not json at all", "text/plain") as client:
        assert client.get("/files/video.webm").status_code == 200
        assert client.post("/_fake/step").status_code == 200


def test_the_hook_understands_a_base_url_with_a_path() -> None:
    base = f"{BASE}/prefix"
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"data": {"session_id": 1}}))
    hooks = {"response": [response_checker(base)]}
    with (
        httpx.Client(base_url=base, transport=transport, event_hooks=hooks) as client,
        pytest.raises(AssertionError, match=r"\$\.data\.session_id"),
    ):
        client.get("/v3/video-agents/sess_1")
