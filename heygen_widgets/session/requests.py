"""The generated client's operations as the session layer calls them; the one module importing it.

Each function calls an operation's public ``sync_detailed`` through `Transport.run` and returns
the generated model of the answer's ``data`` (or the page, for a listing): typed, with the
fields a regeneration adds, and with open enums, so a status HeyGen adds later is kept, not an
error. The generated client is imported on first use, because importing its ~1,000 models takes
a second or more and ``import heygen_widgets`` should stay quick.
"""

# ruff: noqa: PLC0415 - imports are deferred on purpose (see above)

from __future__ import annotations

import functools
import uuid
from typing import TYPE_CHECKING, Any

from heygen_widgets.errors import ServerError, UncertainOutcomeError

if TYPE_CHECKING:
    from heygen_api import AuthenticatedClient
    from heygen_api.models.get_session_response import GetSessionResponse
    from heygen_api.models.interactive_get_resources_response import InteractiveGetResourcesResponse
    from heygen_api.models.interactive_get_session_response import InteractiveGetSessionResponse
    from heygen_api.models.list_avatar_looks_response_200 import ListAvatarLooksResponse200
    from heygen_api.models.list_brand_kits_response_200 import ListBrandKitsResponse200
    from heygen_api.models.list_video_agent_session_videos_response_200 import (
        ListVideoAgentSessionVideosResponse200,
    )
    from heygen_api.models.list_video_agent_sessions_response_200 import ListVideoAgentSessionsResponse200
    from heygen_api.models.list_video_agent_styles_response_200 import ListVideoAgentStylesResponse200
    from heygen_api.models.list_voices_v3_response_200 import ListVoicesV3Response200
    from heygen_api.models.session_resource import SessionResource
    from heygen_api.models.user_info_response import UserInfoResponse
    from heygen_api.models.video_detail import VideoDetail

    from heygen_widgets.session.transport import Transport
    from heygen_widgets.session.wire import HeyGenTransport


def data_of(answer: Any, what: str, *, changed: bool = False) -> Any:
    """An answer's ``data``; an answer without one is HeyGen's fault (for a change: uncertain)."""
    from heygen_api.types import Unset

    data = getattr(answer, "data", None)
    if data is not None and not isinstance(data, Unset):
        return data
    if changed:
        raise UncertainOutcomeError(
            f"HeyGen's answer to {what} had no data; the change may have been applied, so it was "
            "not retried. Refresh before sending it again.",
            code="uncertain_outcome",
        )
    raise ServerError(f"HeyGen's answer to {what} had no data; it is read again later.", code="no_data")


def _token(token: str | None) -> Any:
    from heygen_api.types import UNSET

    return token if token else UNSET


# -- chat mode (/v3/video-agents) -------------------------------------------------------------------


def create_chat(t: Transport, body: dict[str, Any]) -> str:
    """POST /v3/video-agents (createVideoAgentV3): the new session's id."""
    from heygen_api.api.video_agent import create_video_agent_v3
    from heygen_api.models.create_video_agent_request import CreateVideoAgentRequest
    from heygen_api.models.create_video_agent_v3_response_200 import CreateVideoAgentV3Response200

    request = CreateVideoAgentRequest.from_dict(body)
    answer = t.run(create_video_agent_v3.sync_detailed, body=request, expect=CreateVideoAgentV3Response200)
    return str(data_of(answer, "the create", changed=True).session_id)


def get_chat(t: Transport, session_id: str) -> GetSessionResponse:
    """GET /v3/video-agents/{session_id} (getVideoAgentSession)."""
    from heygen_api.api.video_agent import get_video_agent_session
    from heygen_api.models.get_video_agent_session_response_200 import GetVideoAgentSessionResponse200

    answer = t.run(get_video_agent_session.sync_detailed, session_id, expect=GetVideoAgentSessionResponse200)
    data: GetSessionResponse = data_of(answer, "the session read")
    return data


def send_chat(t: Transport, session_id: str, body: dict[str, Any]) -> None:
    """POST /v3/video-agents/{session_id} (sendVideoAgentMessage)."""
    from heygen_api.api.video_agent import send_video_agent_message
    from heygen_api.models.send_message_request import SendMessageRequest
    from heygen_api.models.send_video_agent_message_response_200 import SendVideoAgentMessageResponse200

    request = SendMessageRequest.from_dict(body)
    t.run(
        send_video_agent_message.sync_detailed,
        session_id,
        body=request,
        expect=SendVideoAgentMessageResponse200,
    )


def stop_chat(t: Transport, session_id: str) -> None:
    """POST /v3/video-agents/{session_id}/stop (stopVideoAgentSession); harmless to repeat."""
    from heygen_api.api.video_agent import stop_video_agent_session
    from heygen_api.models.stop_session_request import StopSessionRequest
    from heygen_api.models.stop_video_agent_session_response_200 import StopVideoAgentSessionResponse200

    operation, expect = stop_video_agent_session.sync_detailed, StopVideoAgentSessionResponse200
    t.run(operation, session_id, body=StopSessionRequest(), expect=expect, repeatable=True)


def chat_resource(t: Transport, session_id: str, resource_id: str) -> SessionResource:
    """GET /v3/video-agents/{session_id}/resources/{resource_id} (getVideoAgentResource)."""
    from heygen_api.api.video_agent import get_video_agent_resource
    from heygen_api.models.get_video_agent_resource_response_200 import GetVideoAgentResourceResponse200

    operation, expect = get_video_agent_resource.sync_detailed, GetVideoAgentResourceResponse200
    data: SessionResource = data_of(
        t.run(operation, session_id, resource_id, expect=expect), "a resource read"
    )
    return data


def chat_videos(t: Transport, session_id: str) -> ListVideoAgentSessionVideosResponse200:
    """GET /v3/video-agents/{session_id}/videos (listVideoAgentSessionVideos)."""
    from heygen_api.api.video_agent import list_video_agent_session_videos
    from heygen_api.models.list_video_agent_session_videos_response_200 import (
        ListVideoAgentSessionVideosResponse200,
    )

    operation = list_video_agent_session_videos.sync_detailed
    return t.run(operation, session_id, expect=ListVideoAgentSessionVideosResponse200)


def list_sessions(t: Transport, limit: int, token: str | None) -> ListVideoAgentSessionsResponse200:
    """GET /v3/video-agents (listVideoAgentSessions): one page."""
    from heygen_api.api.video_agent import list_video_agent_sessions
    from heygen_api.models.list_video_agent_sessions_response_200 import ListVideoAgentSessionsResponse200

    operation = list_video_agent_sessions.sync_detailed
    return t.run(operation, limit=limit, token=_token(token), expect=ListVideoAgentSessionsResponse200)


# -- the interactive sessions family (/v3/video-agents/sessions) --------------------------------------


def create_interactive(t: Transport, body: dict[str, Any]) -> str:
    """POST /v3/video-agents/sessions (createInteractiveSession): the new session's id."""
    from heygen_api.api.video_agent_sessions import create_interactive_session
    from heygen_api.models.create_interactive_session_response_200 import CreateInteractiveSessionResponse200
    from heygen_api.models.interactive_create_session_request import InteractiveCreateSessionRequest

    request = InteractiveCreateSessionRequest.from_dict(body)
    operation, expect = create_interactive_session.sync_detailed, CreateInteractiveSessionResponse200
    return str(data_of(t.run(operation, body=request, expect=expect), "the create", changed=True).session_id)


def get_interactive(t: Transport, session_id: str) -> InteractiveGetSessionResponse:
    """GET /v3/video-agents/sessions/{session_id} (getInteractiveSession)."""
    from heygen_api.api.video_agent_sessions import get_interactive_session
    from heygen_api.models.get_interactive_session_response_200 import GetInteractiveSessionResponse200

    answer = t.run(get_interactive_session.sync_detailed, session_id, expect=GetInteractiveSessionResponse200)
    data: InteractiveGetSessionResponse = data_of(answer, "the session read")
    return data


def send_interactive(t: Transport, session_id: str, body: dict[str, Any]) -> None:
    """POST /v3/video-agents/sessions/{session_id}/messages (sendInteractiveSessionMessage)."""
    from heygen_api.api.video_agent_sessions import send_interactive_session_message
    from heygen_api.models.interactive_send_message_request import InteractiveSendMessageRequest
    from heygen_api.models.send_interactive_session_message_response_200 import (
        SendInteractiveSessionMessageResponse200,
    )

    request = InteractiveSendMessageRequest.from_dict(body)
    operation, expect = (
        send_interactive_session_message.sync_detailed,
        SendInteractiveSessionMessageResponse200,
    )
    t.run(operation, session_id, body=request, expect=expect)


def stop_interactive(t: Transport, session_id: str) -> None:
    """POST /v3/video-agents/sessions/{session_id}/stop (stopInteractiveSession); harmless to repeat."""
    from heygen_api.api.video_agent_sessions import stop_interactive_session
    from heygen_api.models.stop_interactive_session_response_200 import StopInteractiveSessionResponse200
    from heygen_api.models.stop_session_request import StopSessionRequest

    operation, expect = stop_interactive_session.sync_detailed, StopInteractiveSessionResponse200
    t.run(operation, session_id, body=StopSessionRequest(), expect=expect, repeatable=True)


def interactive_resources(
    t: Transport, session_id: str, limit: int, token: str | None
) -> InteractiveGetResourcesResponse:
    """GET /v3/video-agents/sessions/{session_id}/resources (getInteractiveSessionResources): one page."""
    from heygen_api.api.video_agent_sessions import get_interactive_session_resources
    from heygen_api.models.get_interactive_session_resources_response_200 import (
        GetInteractiveSessionResourcesResponse200,
    )

    operation, expect = (
        get_interactive_session_resources.sync_detailed,
        GetInteractiveSessionResourcesResponse200,
    )
    answer = t.run(operation, session_id, limit=limit, token=_token(token), expect=expect)
    data: InteractiveGetResourcesResponse = data_of(answer, "the resource listing")
    return data


# -- the rest of the account -----------------------------------------------------------------------------


def get_video(t: Transport, video_id: str) -> VideoDetail:
    """GET /v3/videos/{video_id} (getVideoV3)."""
    from heygen_api.api.videos import get_video_v3
    from heygen_api.models.get_video_v3_response_200 import GetVideoV3Response200

    data: VideoDetail = data_of(
        t.run(get_video_v3.sync_detailed, video_id, expect=GetVideoV3Response200), "a video read"
    )
    return data


def upload_asset(t: Transport, name: str, data: bytes, media_type: str) -> str:
    """POST /v3/assets (uploadAsset), multipart, under an ``Idempotency-Key``.

    HeyGen honours the key here, so a retry after a lost answer replays the first upload instead
    of storing a second.
    """
    from io import BytesIO

    from heygen_api.api.assets import upload_asset as operation
    from heygen_api.models.upload_asset_body import UploadAssetBody
    from heygen_api.models.upload_asset_response_200 import UploadAssetResponse200
    from heygen_api.types import File

    body = UploadAssetBody(file=File(payload=BytesIO(data), file_name=name, mime_type=media_type))
    answer = t.run(
        operation.sync_detailed, body=body, idempotency_key=uuid.uuid4().hex, expect=UploadAssetResponse200
    )
    return str(data_of(answer, "the upload", changed=True).asset_id)


def list_avatar_looks(t: Transport, limit: int, token: str | None) -> ListAvatarLooksResponse200:
    """GET /v3/avatars/looks (listAvatarLooks): one page."""
    from heygen_api.api.avatars import list_avatar_looks as operation
    from heygen_api.models.list_avatar_looks_response_200 import ListAvatarLooksResponse200

    return t.run(operation.sync_detailed, limit=limit, token=_token(token), expect=ListAvatarLooksResponse200)


def list_voices(t: Transport, limit: int, token: str | None) -> ListVoicesV3Response200:
    """GET /v3/voices (listVoicesV3): one page."""
    from heygen_api.api.voices import list_voices_v3
    from heygen_api.models.list_voices_v3_response_200 import ListVoicesV3Response200

    return t.run(
        list_voices_v3.sync_detailed, limit=limit, token=_token(token), expect=ListVoicesV3Response200
    )


def list_styles(t: Transport, limit: int, token: str | None) -> ListVideoAgentStylesResponse200:
    """GET /v3/video-agents/styles (listVideoAgentStyles): one page."""
    from heygen_api.api.video_agent import list_video_agent_styles
    from heygen_api.models.list_video_agent_styles_response_200 import ListVideoAgentStylesResponse200

    operation = list_video_agent_styles.sync_detailed
    return t.run(operation, limit=limit, token=_token(token), expect=ListVideoAgentStylesResponse200)


def list_brand_kits(t: Transport, limit: int, token: str | None) -> ListBrandKitsResponse200:
    """GET /v3/brand-kits (listBrandKits): one page."""
    from heygen_api.api.brand import list_brand_kits as operation
    from heygen_api.models.list_brand_kits_response_200 import ListBrandKitsResponse200

    return t.run(operation.sync_detailed, limit=limit, token=_token(token), expect=ListBrandKitsResponse200)


def current_user(t: Transport) -> UserInfoResponse:
    """GET /v3/users/me (getCurrentUserV3): the account's profile, billing type and balance."""
    from heygen_api.api.user import get_current_user_v3
    from heygen_api.models.get_current_user_v3_response_200 import GetCurrentUserV3Response200

    answer = t.run(get_current_user_v3.sync_detailed, expect=GetCurrentUserV3Response200)
    data: UserInfoResponse = data_of(answer, "the account read")
    return data


def authenticated_client(base_url: str, api_key: str, transport: HeyGenTransport) -> AuthenticatedClient:
    """The generated client, as HeyGen expects to be called, on ``transport``.

    HeyGen's convention: the key in ``x-api-key`` with no prefix, JSON answers. Its repr shows
    the address only (the generated class would show the key).
    """
    client = _client_class()(
        base_url=base_url,
        token=api_key,
        prefix="",
        auth_header_name="x-api-key",
        headers={"Accept": "application/json", "User-Agent": f"heygen-widgets/{_version()}"},
        timeout=transport.default_timeout,
        httpx_args={"transport": transport},
    )
    vars(client)["shown_url"] = base_url  # the subclass has a __dict__; attrs fields stay as generated
    return client


@functools.cache
def _client_class() -> type[AuthenticatedClient]:
    """The generated client class with a repr that leaves the key out (the generated one shows it)."""
    from heygen_api import AuthenticatedClient

    class HeyGenClient(AuthenticatedClient):
        """The generated ``AuthenticatedClient``, unchanged but for its repr."""

        shown_url = ""

        def __repr__(self) -> str:
            return f"AuthenticatedClient(base_url={self.shown_url!r}, key=<hidden>)"

    return HeyGenClient


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("heygen-widgets")
    except PackageNotFoundError:
        return "dev"
