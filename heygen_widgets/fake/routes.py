"""The route table and the Starlette app: auth, faults, idempotency and the request log.

API routes are named by their operationId, so faults and the request log speak the spec's
language. ``/files/...`` serves media without auth (HeyGen's media URLs are public CDN links);
``/_fake/...`` is the control surface for tests and demos.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from heygen_widgets.fake import control, files, responses
from heygen_widgets.fake.backend import Backend
from heygen_widgets.fake.errors import ApiError, missing_scope, not_found, unauthenticated
from heygen_widgets.fake.faults import (
    AFTER,
    BEFORE,
    SCOPES,
    UNKNOWN_STATUS,
    Fault,
    Faults,
    LoggedRequest,
    add_extra_fields,
)
from heygen_widgets.fake.guard import Activity, Guard
from heygen_widgets.fake.idempotency import Idempotency
from heygen_widgets.fake.profile import Chaos
from heygen_widgets.fake.protocol import ServerLimits
from heygen_widgets.fake.ratelimit import RateLimiter

Handler = Callable[[Request], Awaitable[responses.Result]]

API: list[tuple[str, str, str, Handler]] = [
    ("POST", "/v3/video-agents", "createVideoAgentV3", responses.create_chat),
    ("GET", "/v3/video-agents", "listVideoAgentSessions", responses.list_sessions),
    ("GET", "/v3/video-agents/styles", "listVideoAgentStyles", responses.list_styles),
    ("POST", "/v3/video-agents/sessions", "createInteractiveSession", responses.create_interactive),
    ("GET", "/v3/video-agents/sessions/{session_id}", "getInteractiveSession", responses.get_interactive),
    (
        "POST",
        "/v3/video-agents/sessions/{session_id}/messages",
        "sendInteractiveSessionMessage",
        responses.send_interactive,
    ),
    (
        "GET",
        "/v3/video-agents/sessions/{session_id}/resources",
        "getInteractiveSessionResources",
        responses.interactive_resources,
    ),
    (
        "POST",
        "/v3/video-agents/sessions/{session_id}/stop",
        "stopInteractiveSession",
        responses.stop_interactive,
    ),
    ("GET", "/v3/video-agents/{session_id}", "getVideoAgentSession", responses.get_chat),
    ("POST", "/v3/video-agents/{session_id}", "sendVideoAgentMessage", responses.send_chat),
    ("POST", "/v3/video-agents/{session_id}/stop", "stopVideoAgentSession", responses.stop_chat),
    (
        "GET",
        "/v3/video-agents/{session_id}/resources/{resource_id}",
        "getVideoAgentResource",
        responses.get_resource,
    ),
    (
        "GET",
        "/v3/video-agents/{session_id}/videos",
        "listVideoAgentSessionVideos",
        responses.list_session_videos,
    ),
    ("GET", "/v3/videos/{video_id}", "getVideoV3", responses.get_video),
    ("POST", "/v3/assets", "uploadAsset", responses.upload_asset),
    ("GET", "/v3/avatars/looks", "listAvatarLooks", responses.avatar_looks),
    ("GET", "/v3/voices", "listVoicesV3", responses.voices),
    ("GET", "/v3/brand-kits", "listBrandKits", responses.brand_kits),
    ("GET", "/v3/users/me", "getCurrentUserV3", responses.current_user),
]


# Media served here rather than in ``files``: voice previews, made on request like the catalogue's images.
MEDIA = [Route("/files/voices/{name}", responses.voice_preview, methods=["GET"])]


class DroppedResponse(Response):
    """An answer that promises a body and stops short: the client sees the connection drop."""

    def __init__(self) -> None:
        """Nothing to configure."""
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the head and part of the body, then return; the server closes the connection."""
        headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"data":', "more_body": True})


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(body, status_code=status, headers=headers)


def _error(exc: ApiError, code_only: bool = False) -> Response:
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after is not None else None
    return _json(exc.status, exc.body(code_only=code_only), headers)


def authenticate(request: Request, keys: frozenset[str] | None) -> str:
    """The caller's key from ``x-api-key`` or ``Authorization: Bearer``; 401 otherwise."""
    key = request.headers.get("x-api-key", "").strip()
    if not key:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        key = token.strip() if scheme.lower() == "bearer" else ""
    if not key or (keys is not None and key not in keys):
        raise unauthenticated()
    return key


def _apply_after(fault: Fault, body: dict[str, Any]) -> Response:
    """A processed request's answer, changed by a fault that acts after processing."""
    data = body.get("data")
    if fault.kind == "drop_after":
        return DroppedResponse()  # the work is done, the answer never arrives
    if fault.kind == "malformed":
        return Response(b'{"data": {"session_id": ', status_code=200, media_type="application/json")
    if fault.kind == "off_spec":
        return _json(200, {**body, "data": "not what the spec says"})
    rendering = isinstance(data, dict) and data.get("status") == "generating"
    if fault.kind == "not_found_while_rendering" and rendering:
        return _error(not_found())
    if fault.kind == "unknown_status" and isinstance(data, dict) and "status" in data:
        body = {**body, "data": {**data, "status": UNKNOWN_STATUS}}
    elif fault.kind == "extra_fields":
        body = {**body, "data": add_extra_fields(data), "request_id": "req_simulated"}
    return _json(200, body)


class Api:
    """Wraps one handler with everything every API route does."""

    def __init__(self, operation: str, handler: Handler) -> None:
        """Remember which operation this is."""
        self.operation = operation
        self.handler = handler

    async def handle(self, request: Request) -> Response:
        """Authenticate, inject faults, replay idempotent repeats, run, log."""
        state = request.app.state
        key = request.headers.get("idempotency-key")
        fault: Fault | None = None
        replayed = False
        # The profile's draw for this request: a fault that acts before or after processing.
        chance = request.state.chance = state.chaos.fault(self.operation)
        try:
            authenticate(request, state.api_keys)
            state.limiter.check(request)
            fault = state.faults.take(self.operation, BEFORE) or (
                chance if chance and chance.kind in BEFORE else None
            )
            response = await self._before(fault, request) if fault else None
            if response is None:
                response, replayed = await state.idempotency.run(request, self.operation, key, self._handle)
                response = self._after(request, response)
        except ApiError as exc:
            code_only = (fault is not None and fault.code_only) or state.chaos.code_only()
            response = _error(exc, code_only)
        except ClientDisconnect:
            return Response(status_code=499)  # the client left mid-request: nobody reads the answer
        kind = fault.kind if fault else ("drop_after" if isinstance(response, DroppedResponse) else None)
        status = 0 if isinstance(response, DroppedResponse) else response.status_code
        state.faults.record(
            LoggedRequest(request.method, request.url.path, self.operation, status, key, kind, replayed)
        )
        return response

    async def _before(self, fault: Fault, request: Request) -> Response | None:
        if fault.kind == "latency":
            await asyncio.sleep(fault.seconds)
            return None
        if fault.kind == "rate_limit":
            raise ApiError(
                429, "rate_limit_exceeded", "Too many requests (injected).", retry_after=fault.retry_after
            )
        if fault.kind == "error":
            code = "service_unavailable" if fault.status == 503 else "internal_error"
            raise ApiError(fault.status, code, f"Injected server error {fault.status}.")
        if fault.kind == "scope":
            raise missing_scope(SCOPES.get(self.operation, "video_agent:read"))
        # A drop: read the request first, so the close is an orderly one the client always sees as
        # a cut-short answer (closing on unread data would reset the connection instead, at random).
        await request.body()
        return DroppedResponse()

    async def _handle(self, request: Request) -> Response:
        result = await self.handler(request)
        return result if isinstance(result, Response) else _json(*result)

    def _after(self, request: Request, response: Response) -> Response:
        """Faults that act on a processed request's answer (a replayed answer included)."""
        if not isinstance(response, JSONResponse) or response.status_code != 200:
            return response
        fault = request.app.state.faults.take(self.operation, AFTER)
        chance = request.state.chance
        if fault is None and chance is not None and chance.kind in AFTER:
            fault = chance
        if fault is None:
            return response
        return _apply_after(fault, json.loads(bytes(response.body)))


class PathRoute:
    """Every method of one path behind one route, so a 405 lists them all in ``Allow``."""

    def __init__(self, path: str) -> None:
        """Start with no methods."""
        self.path = path
        self.by_method: dict[str, Api] = {}

    async def handle(self, request: Request) -> Response:
        """Dispatch on the method (Starlette has already answered 405 for the others)."""
        return await self.by_method[request.method].handle(request)


def api_routes() -> list[Route]:
    """One Starlette route per path of the ``API`` table."""
    paths: dict[str, PathRoute] = {}
    for method, path, operation, handler in API:
        paths.setdefault(path, PathRoute(path)).by_method[method] = Api(operation, handler)
    return [Route(path, route.handle, methods=list(route.by_method)) for path, route in paths.items()]


async def _no_route(request: Request, exc: Exception) -> Response:
    """404 and 405 in HeyGen's envelope (Starlette's own are plain text)."""
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    if status == 405:
        error = ApiError(405, "method_not_allowed", f"{request.method} is not allowed on {request.url.path}.")
        headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
        return _json(405, error.body(), headers)
    return _error(ApiError(404, "not_found", f"No such endpoint: {request.method} {request.url.path}."))


def build_app(
    backend: Backend,
    faults: Faults,
    *,
    api_keys: frozenset[str] | None = None,
    requests_per_second: float | None = None,
    chaos: Chaos | None = None,
    limits: ServerLimits | None = None,
) -> Starlette:
    """The simulator's ASGI app over ``backend``, behind the `Guard` (body size, ``/_fake/`` rules)."""
    limits, activity = limits or ServerLimits(), Activity()
    app = Starlette(
        routes=[*api_routes(), *files.ROUTES, *MEDIA, *control.ROUTES],
        middleware=[Middleware(Guard, max_body_bytes=limits.max_body_bytes, activity=activity)],
        exception_handlers={404: _no_route, 405: _no_route},
    )
    app.state.backend = backend
    app.state.faults = faults
    app.state.api_keys = api_keys
    app.state.idempotency = Idempotency(backend.clock)
    app.state.limiter = RateLimiter(requests_per_second, backend.clock)
    app.state.chaos = chaos or Chaos()
    app.state.limits = limits
    app.state.activity = activity
    return app
