from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_agent_request import CreateVideoAgentRequest
from ...models.create_video_agent_v3_response_200 import CreateVideoAgentV3Response200
from ...models.create_video_agent_v3_response_400 import CreateVideoAgentV3Response400
from ...models.create_video_agent_v3_response_401 import CreateVideoAgentV3Response401
from ...models.create_video_agent_v3_response_429 import CreateVideoAgentV3Response429
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVideoAgentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-agents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = CreateVideoAgentV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVideoAgentV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoAgentV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateVideoAgentV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoAgentRequest,
) -> Response[
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
]:
    """Create Video Agent Session

     One-shot video generation from a prompt — agent handles scripting, avatar selection, scene
    composition, and rendering. Supports generate (fire-and-forget) and chat (multi-turn) modes.

    Args:
        body (CreateVideoAgentRequest): Request body for creating a video from a prompt using
            Video Agent v3.

            All configuration is flat (no nested config object). Files use the
            type-discriminated AssetInput union for flexible asset inputs.

            Supports two modes:
            - ``generate`` (default): one-shot — auto-proceeds through storyboard, produces one video.
            - ``chat``: multi-turn — may pause for user input on real decisions (e.g. pick a voice),
              auto-proceeds on confirmations. Allows revisions and follow-up videos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoAgentV3Response200 | CreateVideoAgentV3Response400 | CreateVideoAgentV3Response401 | CreateVideoAgentV3Response429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateVideoAgentRequest,
) -> (
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
    | None
):
    """Create Video Agent Session

     One-shot video generation from a prompt — agent handles scripting, avatar selection, scene
    composition, and rendering. Supports generate (fire-and-forget) and chat (multi-turn) modes.

    Args:
        body (CreateVideoAgentRequest): Request body for creating a video from a prompt using
            Video Agent v3.

            All configuration is flat (no nested config object). Files use the
            type-discriminated AssetInput union for flexible asset inputs.

            Supports two modes:
            - ``generate`` (default): one-shot — auto-proceeds through storyboard, produces one video.
            - ``chat``: multi-turn — may pause for user input on real decisions (e.g. pick a voice),
              auto-proceeds on confirmations. Allows revisions and follow-up videos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoAgentV3Response200 | CreateVideoAgentV3Response400 | CreateVideoAgentV3Response401 | CreateVideoAgentV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoAgentRequest,
) -> Response[
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
]:
    """Create Video Agent Session

     One-shot video generation from a prompt — agent handles scripting, avatar selection, scene
    composition, and rendering. Supports generate (fire-and-forget) and chat (multi-turn) modes.

    Args:
        body (CreateVideoAgentRequest): Request body for creating a video from a prompt using
            Video Agent v3.

            All configuration is flat (no nested config object). Files use the
            type-discriminated AssetInput union for flexible asset inputs.

            Supports two modes:
            - ``generate`` (default): one-shot — auto-proceeds through storyboard, produces one video.
            - ``chat``: multi-turn — may pause for user input on real decisions (e.g. pick a voice),
              auto-proceeds on confirmations. Allows revisions and follow-up videos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoAgentV3Response200 | CreateVideoAgentV3Response400 | CreateVideoAgentV3Response401 | CreateVideoAgentV3Response429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateVideoAgentRequest,
) -> (
    CreateVideoAgentV3Response200
    | CreateVideoAgentV3Response400
    | CreateVideoAgentV3Response401
    | CreateVideoAgentV3Response429
    | None
):
    """Create Video Agent Session

     One-shot video generation from a prompt — agent handles scripting, avatar selection, scene
    composition, and rendering. Supports generate (fire-and-forget) and chat (multi-turn) modes.

    Args:
        body (CreateVideoAgentRequest): Request body for creating a video from a prompt using
            Video Agent v3.

            All configuration is flat (no nested config object). Files use the
            type-discriminated AssetInput union for flexible asset inputs.

            Supports two modes:
            - ``generate`` (default): one-shot — auto-proceeds through storyboard, produces one video.
            - ``chat``: multi-turn — may pause for user input on real decisions (e.g. pick a voice),
              auto-proceeds on confirmations. Allows revisions and follow-up videos.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoAgentV3Response200 | CreateVideoAgentV3Response400 | CreateVideoAgentV3Response401 | CreateVideoAgentV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
