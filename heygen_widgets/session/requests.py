"""Requests built by the generated client: the one module that imports ``heygen_api``.

Each function returns the keyword arguments for ``httpx.Client.request`` that the generated
operation would send (method, URL, params, JSON body). The generated client is imported on first
use, because importing its ~1,000 models takes a second or more and ``import heygen_widgets``
should stay quick. Answers are not parsed with the generated models: they raise on an enum value
HeyGen added after the spec was published (a new status, say), and the session layer must keep
going then. `heygen_widgets.snapshot` reads answers tolerantly instead.
"""

# ruff: noqa: PLC0415 - imports are deferred on purpose (see above)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heygen_api import AuthenticatedClient

Kwargs = dict[str, Any]


def create_chat(body: dict[str, Any]) -> Kwargs:
    """POST /v3/video-agents (createVideoAgentV3)."""
    from heygen_api.api.video_agent import create_video_agent_v3
    from heygen_api.models.create_video_agent_request import CreateVideoAgentRequest

    return create_video_agent_v3._get_kwargs(body=CreateVideoAgentRequest.from_dict(body))


def get_chat(session_id: str) -> Kwargs:
    """GET /v3/video-agents/{session_id} (getVideoAgentSession)."""
    from heygen_api.api.video_agent import get_video_agent_session

    return get_video_agent_session._get_kwargs(session_id)


def send_chat(session_id: str, body: dict[str, Any]) -> Kwargs:
    """POST /v3/video-agents/{session_id} (sendVideoAgentMessage)."""
    from heygen_api.api.video_agent import send_video_agent_message
    from heygen_api.models.send_message_request import SendMessageRequest

    return send_video_agent_message._get_kwargs(session_id, body=SendMessageRequest.from_dict(body))


def stop_chat(session_id: str) -> Kwargs:
    """POST /v3/video-agents/{session_id}/stop (stopVideoAgentSession)."""
    from heygen_api.api.video_agent import stop_video_agent_session
    from heygen_api.models.stop_session_request import StopSessionRequest

    return stop_video_agent_session._get_kwargs(session_id, body=StopSessionRequest())


def chat_resource(session_id: str, resource_id: str) -> Kwargs:
    """GET /v3/video-agents/{session_id}/resources/{resource_id} (getVideoAgentResource)."""
    from heygen_api.api.video_agent import get_video_agent_resource

    return get_video_agent_resource._get_kwargs(session_id, resource_id)


def chat_videos(session_id: str) -> Kwargs:
    """GET /v3/video-agents/{session_id}/videos (listVideoAgentSessionVideos)."""
    from heygen_api.api.video_agent import list_video_agent_session_videos

    return list_video_agent_session_videos._get_kwargs(session_id)


def list_sessions(limit: int, token: str | None) -> Kwargs:
    """GET /v3/video-agents (listVideoAgentSessions)."""
    from heygen_api.api.video_agent import list_video_agent_sessions
    from heygen_api.types import UNSET

    return list_video_agent_sessions._get_kwargs(limit=limit, token=token if token else UNSET)


def create_interactive(body: dict[str, Any]) -> Kwargs:
    """POST /v3/video-agents/sessions (createInteractiveSession)."""
    from heygen_api.api.video_agent_sessions import create_interactive_session
    from heygen_api.models.interactive_create_session_request import InteractiveCreateSessionRequest

    return create_interactive_session._get_kwargs(body=InteractiveCreateSessionRequest.from_dict(body))


def get_interactive(session_id: str) -> Kwargs:
    """GET /v3/video-agents/sessions/{session_id} (getInteractiveSession)."""
    from heygen_api.api.video_agent_sessions import get_interactive_session

    return get_interactive_session._get_kwargs(session_id)


def send_interactive(session_id: str, body: dict[str, Any]) -> Kwargs:
    """POST /v3/video-agents/sessions/{session_id}/messages (sendInteractiveSessionMessage)."""
    from heygen_api.api.video_agent_sessions import send_interactive_session_message
    from heygen_api.models.interactive_send_message_request import InteractiveSendMessageRequest

    body_model = InteractiveSendMessageRequest.from_dict(body)
    return send_interactive_session_message._get_kwargs(session_id, body=body_model)


def stop_interactive(session_id: str) -> Kwargs:
    """POST /v3/video-agents/sessions/{session_id}/stop (stopInteractiveSession)."""
    from heygen_api.api.video_agent_sessions import stop_interactive_session
    from heygen_api.models.stop_session_request import StopSessionRequest

    return stop_interactive_session._get_kwargs(session_id, body=StopSessionRequest())


def interactive_resources(session_id: str, limit: int, token: str | None) -> Kwargs:
    """GET /v3/video-agents/sessions/{session_id}/resources (getInteractiveSessionResources)."""
    from heygen_api.api.video_agent_sessions import get_interactive_session_resources
    from heygen_api.types import UNSET

    return get_interactive_session_resources._get_kwargs(
        session_id, limit=limit, token=token if token else UNSET
    )


def get_video(video_id: str) -> Kwargs:
    """GET /v3/videos/{video_id} (getVideoV3)."""
    from heygen_api.api.videos import get_video_v3

    return get_video_v3._get_kwargs(video_id)


def upload_asset(name: str, data: bytes, media_type: str) -> Kwargs:
    """POST /v3/assets (uploadAsset), multipart."""
    from io import BytesIO

    from heygen_api.api.assets import upload_asset as operation
    from heygen_api.models.upload_asset_body import UploadAssetBody
    from heygen_api.types import File

    body = UploadAssetBody(file=File(payload=BytesIO(data), file_name=name, mime_type=media_type))
    return operation._get_kwargs(body=body)


def list_avatar_looks(limit: int, token: str | None) -> Kwargs:
    """GET /v3/avatars/looks (listAvatarLooks)."""
    from heygen_api.api.avatars import list_avatar_looks as operation
    from heygen_api.types import UNSET

    return operation._get_kwargs(limit=limit, token=token if token else UNSET)


def list_voices(limit: int, token: str | None) -> Kwargs:
    """GET /v3/voices (listVoicesV3)."""
    from heygen_api.api.voices import list_voices_v3
    from heygen_api.types import UNSET

    return list_voices_v3._get_kwargs(limit=limit, token=token if token else UNSET)


def list_styles(limit: int, token: str | None) -> Kwargs:
    """GET /v3/video-agents/styles (listVideoAgentStyles)."""
    from heygen_api.api.video_agent import list_video_agent_styles
    from heygen_api.types import UNSET

    return list_video_agent_styles._get_kwargs(limit=limit, token=token if token else UNSET)


def list_brand_kits(limit: int, token: str | None) -> Kwargs:
    """GET /v3/brand-kits (listBrandKits)."""
    from heygen_api.api.brand import list_brand_kits as operation
    from heygen_api.types import UNSET

    return operation._get_kwargs(limit=limit, token=token if token else UNSET)


def authenticated_client(
    base_url: str, api_key: str, timeout: float, max_connections: int
) -> AuthenticatedClient:
    """The generated ``AuthenticatedClient`` sending ``x-api-key``; its repr shows the key, never print it."""
    import httpx
    from heygen_api import AuthenticatedClient

    return AuthenticatedClient(
        base_url=base_url,
        token=api_key,
        prefix="",
        auth_header_name="x-api-key",
        timeout=httpx.Timeout(timeout),
        httpx_args={
            "limits": httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        },
    )
