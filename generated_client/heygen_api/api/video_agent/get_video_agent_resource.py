from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_video_agent_resource_response_200 import (
    GetVideoAgentResourceResponse200,
)
from ...models.get_video_agent_resource_response_400 import (
    GetVideoAgentResourceResponse400,
)
from ...models.get_video_agent_resource_response_401 import (
    GetVideoAgentResourceResponse401,
)
from ...models.get_video_agent_resource_response_404 import (
    GetVideoAgentResourceResponse404,
)
from ...models.get_video_agent_resource_response_429 import (
    GetVideoAgentResourceResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
    resource_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/{session_id}/resources/{resource_id}".format(
            session_id=quote(str(session_id), safe=""),
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetVideoAgentResourceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoAgentResourceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoAgentResourceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetVideoAgentResourceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetVideoAgentResourceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
]:
    """Get Session Resource

     Returns a single session resource (image, video, draft, avatar, voice, etc.) by its resource_id.

    Args:
        session_id (str):
        resource_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoAgentResourceResponse200 | GetVideoAgentResourceResponse400 | GetVideoAgentResourceResponse401 | GetVideoAgentResourceResponse404 | GetVideoAgentResourceResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        resource_id=resource_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
    | None
):
    """Get Session Resource

     Returns a single session resource (image, video, draft, avatar, voice, etc.) by its resource_id.

    Args:
        session_id (str):
        resource_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoAgentResourceResponse200 | GetVideoAgentResourceResponse400 | GetVideoAgentResourceResponse401 | GetVideoAgentResourceResponse404 | GetVideoAgentResourceResponse429
    """

    return sync_detailed(
        session_id=session_id,
        resource_id=resource_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
]:
    """Get Session Resource

     Returns a single session resource (image, video, draft, avatar, voice, etc.) by its resource_id.

    Args:
        session_id (str):
        resource_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoAgentResourceResponse200 | GetVideoAgentResourceResponse400 | GetVideoAgentResourceResponse401 | GetVideoAgentResourceResponse404 | GetVideoAgentResourceResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        resource_id=resource_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    resource_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoAgentResourceResponse200
    | GetVideoAgentResourceResponse400
    | GetVideoAgentResourceResponse401
    | GetVideoAgentResourceResponse404
    | GetVideoAgentResourceResponse429
    | None
):
    """Get Session Resource

     Returns a single session resource (image, video, draft, avatar, voice, etc.) by its resource_id.

    Args:
        session_id (str):
        resource_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoAgentResourceResponse200 | GetVideoAgentResourceResponse400 | GetVideoAgentResourceResponse401 | GetVideoAgentResourceResponse404 | GetVideoAgentResourceResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            resource_id=resource_id,
            client=client,
        )
    ).parsed
