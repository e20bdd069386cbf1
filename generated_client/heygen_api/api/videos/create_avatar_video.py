from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_avatar_video_request import CreateAvatarVideoRequest
from ...models.create_avatar_video_response_200 import CreateAvatarVideoResponse200
from ...models.create_avatar_video_response_400 import CreateAvatarVideoResponse400
from ...models.create_avatar_video_response_401 import CreateAvatarVideoResponse401
from ...models.create_avatar_video_response_429 import CreateAvatarVideoResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAvatarVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/videos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateAvatarVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAvatarVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAvatarVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateAvatarVideoResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
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
    body: CreateAvatarVideoRequest,
) -> Response[
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
]:
    """Create an avatar video

     Create a video from a specific avatar or image with full control over avatar, voice, and script. Use
    this only when you need explicit control over avatar selection and scripting. For most video
    creation, use the create_video_agent tool instead which handles these choices automatically.
    Supports photo avatars, video avatars (digital twins), and direct image input. The video is
    generated asynchronously — poll status via GET /v2/videos/{video_id}.

    Args:
        body (CreateAvatarVideoRequest): Request body for POST /v2/videos — unified video
            creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarVideoResponse200 | CreateAvatarVideoResponse400 | CreateAvatarVideoResponse401 | CreateAvatarVideoResponse429]
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
    body: CreateAvatarVideoRequest,
) -> (
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
    | None
):
    """Create an avatar video

     Create a video from a specific avatar or image with full control over avatar, voice, and script. Use
    this only when you need explicit control over avatar selection and scripting. For most video
    creation, use the create_video_agent tool instead which handles these choices automatically.
    Supports photo avatars, video avatars (digital twins), and direct image input. The video is
    generated asynchronously — poll status via GET /v2/videos/{video_id}.

    Args:
        body (CreateAvatarVideoRequest): Request body for POST /v2/videos — unified video
            creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarVideoResponse200 | CreateAvatarVideoResponse400 | CreateAvatarVideoResponse401 | CreateAvatarVideoResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAvatarVideoRequest,
) -> Response[
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
]:
    """Create an avatar video

     Create a video from a specific avatar or image with full control over avatar, voice, and script. Use
    this only when you need explicit control over avatar selection and scripting. For most video
    creation, use the create_video_agent tool instead which handles these choices automatically.
    Supports photo avatars, video avatars (digital twins), and direct image input. The video is
    generated asynchronously — poll status via GET /v2/videos/{video_id}.

    Args:
        body (CreateAvatarVideoRequest): Request body for POST /v2/videos — unified video
            creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarVideoResponse200 | CreateAvatarVideoResponse400 | CreateAvatarVideoResponse401 | CreateAvatarVideoResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAvatarVideoRequest,
) -> (
    CreateAvatarVideoResponse200
    | CreateAvatarVideoResponse400
    | CreateAvatarVideoResponse401
    | CreateAvatarVideoResponse429
    | None
):
    """Create an avatar video

     Create a video from a specific avatar or image with full control over avatar, voice, and script. Use
    this only when you need explicit control over avatar selection and scripting. For most video
    creation, use the create_video_agent tool instead which handles these choices automatically.
    Supports photo avatars, video avatars (digital twins), and direct image input. The video is
    generated asynchronously — poll status via GET /v2/videos/{video_id}.

    Args:
        body (CreateAvatarVideoRequest): Request body for POST /v2/videos — unified video
            creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarVideoResponse200 | CreateAvatarVideoResponse400 | CreateAvatarVideoResponse401 | CreateAvatarVideoResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
