"""The generated client speaking real HTTP over loopback to a tiny stand-in for HeyGen.

The stand-in answers three chat-mode calls with bodies shaped like the spec's examples; the full
simulator lives in ``heygen_widgets.fake``. What matters here is what goes over the socket.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from heygen_api import AuthenticatedClient
from heygen_api.api.video_agent import (
    create_video_agent_v3,
    get_video_agent_session,
    send_video_agent_message,
)
from heygen_api.models import (
    CreateVideoAgentRequest,
    CreateVideoAgentV3Response200,
    GetVideoAgentSessionResponse200,
    GetVideoAgentSessionResponse404,
    SendMessageRequest,
    SendVideoAgentMessageResponse200,
    SessionMode,
)

API_KEY = "test-key-123"
SESSION = {
    "session_id": "sess_1",
    "status": "reviewing",
    "progress": 40,
    "title": "Onboarding",
    "video_id": None,
    "created_at": 1711382400,
    "messages": [
        {"role": "model", "content": "Here is a storyboard.", "type": "text", "created_at": 1711382450,
         "resource_ids": ["res_1"]},
        {"role": "user", "content": "Make a video", "type": "text", "created_at": 1711382400,
         "resource_ids": None},
    ],
}


class Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Keep test output clean."""

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _record(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        entry = {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
        self.seen.append(entry)
        return entry

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        entry = self._record()
        if self.path == "/v3/video-agents":
            self._reply(200, {"data": {"session_id": "sess_1", "status": "thinking", "created_at": 1711382400}})
        else:
            self._reply(200, {"data": {"session_id": "sess_1", "run_id": "run_2", "title": entry["body"]["message"]}})

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._record()
        if self.path == "/v3/video-agents/sess_1":
            self._reply(200, {"data": SESSION})
        else:
            self._reply(404, {"error": {"code": "not_found", "message": "Session not found.", "param": None,
                                        "doc_url": None}})


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (Recorder,), {"seen": seen})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, name="stand-in-heygen")
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


def test_chat_mode_round_trip_with_api_key_auth(server: tuple[str, list[dict[str, Any]]]) -> None:
    url, seen = server
    with AuthenticatedClient(base_url=url, token=API_KEY, prefix="", auth_header_name="x-api-key") as client:
        created = create_video_agent_v3.sync(
            client=client, body=CreateVideoAgentRequest(prompt="Make a video", mode=SessionMode.CHAT)
        )
        assert isinstance(created, CreateVideoAgentV3Response200)
        assert created.data and created.data.session_id == "sess_1"

        session = get_video_agent_session.sync("sess_1", client=client)
        assert isinstance(session, GetVideoAgentSessionResponse200)
        assert session.data and session.data.status == "reviewing"
        assert session.data.messages and session.data.messages[0].resource_ids == ["res_1"]

        sent = send_video_agent_message.sync("sess_1", client=client, body=SendMessageRequest(message="Shorter"))
        assert isinstance(sent, SendVideoAgentMessageResponse200)
        assert sent.data and sent.data.run_id == "run_2"

        missing = get_video_agent_session.sync("nope", client=client)
        assert isinstance(missing, GetVideoAgentSessionResponse404)
        assert missing.error and missing.error.code == "not_found"

    assert [(r["method"], r["path"]) for r in seen] == [
        ("POST", "/v3/video-agents"),
        ("GET", "/v3/video-agents/sess_1"),
        ("POST", "/v3/video-agents/sess_1"),
        ("GET", "/v3/video-agents/nope"),
    ]
    assert all(r["headers"].get("x-api-key") == API_KEY for r in seen)
    assert all("Authorization" not in r["headers"] for r in seen)
    # incognito_mode has a non-null default in the spec, so the generated model always sends it.
    assert seen[0]["body"] == {"prompt": "Make a video", "mode": "chat", "incognito_mode": False}
    assert seen[2]["body"] == {"message": "Shorter"}
