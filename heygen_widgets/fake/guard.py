"""What every request passes before the routes: body size, and the control surface's own rules.

``/_fake/...`` changes what the simulator does (faults, steps, failures), so a web page the user
happens to open must not reach it: it answers only requests whose ``Host`` is a loopback name
(no DNS rebinding) and whose ``Origin``, if any, is the simulator's own, and that carry JSON
(a cross-site form cannot send that). Every answer says ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTROL = "/_fake/"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def _envelope(status: int, code: str, message: str) -> tuple[int, bytes]:
    body = {"error": {"code": code, "message": message, "param": None, "doc_url": None}}
    return status, json.dumps(body).encode()


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Activity:
    """When the last request arrived (the per-user simulator stops after a long quiet)."""

    def __init__(self) -> None:
        """Now counts as activity."""
        self.last = time.monotonic()

    def touch(self) -> None:
        """A request arrived."""
        self.last = time.monotonic()


class Guard:
    """ASGI middleware: refuse what the routes must never see; mark every answer ``nosniff``."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, activity: Activity) -> None:
        """Wrap ``app``; every request touches ``activity``."""
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.activity = activity

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a refusal, or pass the request on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.activity.touch()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await _answer(send, *refusal)
            return

        async def nosniff(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, nosniff)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, bytes] | None:
        length = headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_body_bytes:
            return _envelope(
                413, "payload_too_large", f"The request body is over {self.max_body_bytes:,} bytes."
            )
        if not str(scope["path"]).startswith(CONTROL):
            return None
        return _control_refusal(scope, headers)


def _control_refusal(scope: Scope, headers: dict[str, str]) -> tuple[int, bytes] | None:
    host = headers.get("host", "")
    if _host_name(host).lower() not in LOOPBACK:
        return _envelope(
            403, "forbidden", "The simulator's /_fake/ controls answer only on a loopback address."
        )
    origin = headers.get("origin")
    if origin is not None and origin != f"http://{host}":
        return _envelope(403, "forbidden", "The simulator's /_fake/ controls refuse cross-origin requests.")
    # A browser sends an Origin with every cross-site POST, and a form always sends a body type:
    # so a body, or a body type, must be JSON; a bare POST (``/_fake/step``) is fine.
    has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
    media_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if (has_body or media_type) and media_type != "application/json":
        return _envelope(
            415, "unsupported_media_type", "Send /_fake/ requests as JSON (Content-Type: application/json)."
        )
    return None


async def _answer(send: Send, status: int, body: bytes) -> None:
    headers: list[tuple[bytes, bytes]] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"),
    ]
    start: dict[str, Any] = {"type": "http.response.start", "status": status, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": body})
