"""HTTP handlers: read the request, call the backend, shape the answer (like moto's ``responses``).

Each handler takes the Starlette request and returns ``(status, body)`` for JSON answers or a
ready `Response` for files. Auth, faults, idempotency and logging wrap them in ``routes``.
"""

from __future__ import annotations

import base64
import binascii
import json
from functools import lru_cache
from typing import Any

from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response

from heygen_widgets.fake import audio, catalog, media, serialize
from heygen_widgets.fake.backend import Backend
from heygen_widgets.fake.errors import ApiError, invalid, not_found
from heygen_widgets.fake.model import Family, Session
from heygen_widgets.fake.validation import query_enum, query_limit, validate_body

Result = tuple[int, dict[str, Any]] | Response


def base_url(request: Request) -> str:
    """The simulator's own address as the client reached it."""
    return str(request.base_url).rstrip("/")


def backend(request: Request) -> Backend:
    """The backend behind this app."""
    b: Backend = request.app.state.backend
    return b


async def json_body(request: Request, operation: str) -> dict[str, Any]:
    """The validated JSON body of a request."""
    raw = await request.body()
    try:
        body = json.loads(raw) if raw.strip() else None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise invalid("body", "The request body is not valid JSON.") from None
    return validate_body(operation, body)


def page(items: list[dict[str, Any]], request: Request, default: int, maximum: int) -> dict[str, Any]:
    """Cursor pagination: ``data``, ``has_more``, ``next_token`` (an opaque offset)."""
    limit = query_limit(request.query_params, default, maximum)
    start = _decode_token(request.query_params.get("token"))
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    return {"data": chunk, "has_more": more, "next_token": _encode_token(start + limit) if more else None}


def _encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def _decode_token(token: str | None) -> int:
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        offset = int(text.removeprefix("offset:")) if text.startswith("offset:") else -1
    except (binascii.Error, UnicodeDecodeError, ValueError):
        offset = -1
    if offset < 0:
        raise invalid("token", "'token' is not a token this API issued; start again without it.")
    return offset


def _session_of(request: Request, family: Family, *, poll: bool = False) -> Session:
    """The path's session if it belongs to ``family``; ``poll`` counts the read as a poll."""
    b, session_id = backend(request), request.path_params["session_id"]
    session = b.poll(session_id) if poll else b.peek(session_id)
    if session.family != family or (poll and b.session_read_lost(session)):
        raise not_found()
    return session


# -- the chat-mode family -------------------------------------------------------------------------


async def create_chat(request: Request) -> Result:
    """POST /v3/video-agents."""
    body = await json_body(request, "createVideoAgentV3")
    s = backend(request).create(Family.CHAT, body)
    return 200, {
        "data": {"session_id": s.id, "status": s.status, "video_id": s.video_id, "created_at": s.created_at}
    }


async def list_sessions(request: Request) -> Result:
    """GET /v3/video-agents."""
    items = [serialize.list_item(s) for s in backend(request).listing()]
    return 200, page(items, request, default=20, maximum=100)


async def get_chat(request: Request) -> Result:
    """GET /v3/video-agents/{session_id}."""
    return 200, {"data": serialize.session(_session_of(request, Family.CHAT, poll=True))}


async def send_chat(request: Request) -> Result:
    """POST /v3/video-agents/{session_id}."""
    body = await json_body(request, "sendVideoAgentMessage")
    return _send(request, Family.CHAT, body)


def _send(request: Request, family: Family, body: dict[str, Any]) -> Result:
    session = _session_of(request, family)
    run_id = backend(request).send(session.id, body)
    session_id = session.id
    return 200, {"data": {"session_id": session_id, "run_id": run_id, "title": session.title}}


async def stop_chat(request: Request) -> Result:
    """POST /v3/video-agents/{session_id}/stop."""
    await json_body(request, "stopVideoAgentSession")
    _session_of(request, Family.CHAT)
    backend(request).stop(request.path_params["session_id"])
    return 200, {"data": {"session_id": request.path_params["session_id"]}}


async def get_resource(request: Request) -> Result:
    """GET /v3/video-agents/{session_id}/resources/{resource_id}."""
    r = backend(request).resource(request.path_params["session_id"], request.path_params["resource_id"])
    return 200, {"data": serialize.resource(r, base_url(request))}


async def list_session_videos(request: Request) -> Result:
    """GET /v3/video-agents/{session_id}/videos."""
    b = backend(request)
    session = b.peek(request.path_params["session_id"])
    videos = [serialize.video(b.videos[v], base_url(request)) for v in reversed(session.video_ids)]
    return 200, {"data": videos, "has_more": False, "next_token": None}


async def list_styles(request: Request) -> Result:
    """GET /v3/video-agents/styles."""
    tag = request.query_params.get("tag")
    items = [s for s in catalog.styles(base_url(request)) if not tag or tag in s["tags"]]
    return 200, page(items, request, default=20, maximum=100)


# -- the interactive sessions family --------------------------------------------------------------


async def create_interactive(request: Request) -> Result:
    """POST /v3/video-agents/sessions."""
    body = await json_body(request, "createInteractiveSession")
    s = backend(request).create(Family.SESSIONS, body)
    return 200, {"data": {"session_id": s.id, "created_at": s.created_at}}


async def get_interactive(request: Request) -> Result:
    """GET /v3/video-agents/sessions/{session_id}."""
    return 200, {"data": serialize.session(_session_of(request, Family.SESSIONS, poll=True))}


async def send_interactive(request: Request) -> Result:
    """POST /v3/video-agents/sessions/{session_id}/messages."""
    body = await json_body(request, "sendInteractiveSessionMessage")
    return _send(request, Family.SESSIONS, body)


async def stop_interactive(request: Request) -> Result:
    """POST /v3/video-agents/sessions/{session_id}/stop."""
    await json_body(request, "stopInteractiveSession")
    _session_of(request, Family.SESSIONS)
    backend(request).stop(request.path_params["session_id"])
    return 200, {"data": {"session_id": request.path_params["session_id"]}}


async def interactive_resources(request: Request) -> Result:
    """GET /v3/video-agents/sessions/{session_id}/resources."""
    session = _session_of(request, Family.SESSIONS)
    q = request.query_params
    wanted = set(q["resource_ids"].split(",")) if q.get("resource_ids") else None
    found = [
        serialize.resource(r, base_url(request))
        for r in session.resources.values()
        if (wanted is None or r.id in wanted)
        and (not q.get("type") or r.type == q["type"])
        and (not q.get("source") or r.source == q["source"])
    ]
    paged = page(found, request, default=8, maximum=100)
    return 200, {"data": {"resources": paged["data"], "next_cursor": paged["next_token"]}}


# -- account-level endpoints ----------------------------------------------------------------------


async def get_video(request: Request) -> Result:
    """GET /v3/videos/{video_id}."""
    v = backend(request).video(request.path_params["video_id"])
    return 200, {"data": serialize.video(v, base_url(request))}


async def upload_asset(request: Request) -> Result:
    """POST /v3/assets (multipart, one ``file`` part)."""
    limits = request.app.state.limits
    try:
        async with request.form(max_files=1, max_fields=10) as form:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise invalid("file", "Send the file as a multipart form part named 'file'.")
            data = await upload.read(limits.max_upload_bytes + 1)
            name, mime = upload.filename or "upload", upload.content_type or "application/octet-stream"
    except (HTTPException, MultiPartException):
        raise invalid(
            "file", "The body is not valid multipart/form-data; send one part named 'file'."
        ) from None
    if len(data) > limits.max_upload_bytes:
        raise ApiError(413, "payload_too_large", f"The file is over {limits.max_upload_bytes:,} bytes.")
    asset = backend(request).upload(name, mime, data, keep=limits.max_assets)
    url = f"{base_url(request)}/files/assets/{asset.id}"
    return 200, {"data": {"asset_id": asset.id, "url": url, "mime_type": mime, "size_bytes": len(data)}}


async def avatar_looks(request: Request) -> Result:
    """GET /v3/avatars/looks."""
    query_enum(request.query_params, "avatar_type", ("studio_avatar", "digital_twin", "photo_avatar"))
    query_enum(request.query_params, "ownership", ("public", "private"))
    return 200, page(catalog.avatar_looks(base_url(request)), request, default=20, maximum=50)


async def voices(request: Request) -> Result:
    """GET /v3/voices."""
    query_enum(request.query_params, "type", ("public", "private"))
    return 200, page(catalog.voices(base_url(request)), request, default=20, maximum=100)


async def brand_kits(request: Request) -> Result:
    """GET /v3/brand-kits."""
    return 200, page(catalog.brand_kits(base_url(request)), request, default=20, maximum=100)


async def voice_preview(request: Request) -> Response:
    """/files/voices/{voice_id}.wav: a voice's preview, public like HeyGen's CDN links."""
    name = request.path_params["name"]
    voice_id = name.removesuffix(".wav")
    if not name.endswith(".wav") or voice_id not in catalog.voice_ids():
        return Response("Not found.", status_code=404, media_type="text/plain")
    headers = {"Cache-Control": "public, max-age=3600"}
    return Response(audio.tone_wav(voice_id), media_type=audio.PREVIEW_TYPE, headers=headers)


async def current_user(request: Request) -> Result:
    """GET /v3/users/me: the account, and its wallet's balance."""
    return 200, {"data": {**catalog.user(), **serialize.billing(backend(request).account())}}


@lru_cache(maxsize=512)
def _scene_image(number: int, caption: str, thumbnail: bool) -> bytes:
    return media.thumbnail_png(number, caption) if thumbnail else media.scene_png(number, caption)


def resource_png(b: Backend, name: str) -> bytes:
    """The PNG of ``res_x.png`` or ``res_x_thumb.png``."""
    thumbnail = name.endswith("_thumb.png")
    resource = b.find_resource(name.removesuffix(".png").removesuffix("_thumb"))
    if resource is None or resource.scene is None:
        raise ApiError(404, "not_found", "File not found.")
    return _scene_image(resource.number, resource.scene.heading, thumbnail)
