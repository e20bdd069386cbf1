from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_agent_response_200 import CreateVideoAgentResponse200
from ...models.create_video_agent_response_400 import CreateVideoAgentResponse400
from ...models.create_video_agent_response_401 import CreateVideoAgentResponse401
from ...models.create_video_agent_response_429 import CreateVideoAgentResponse429
from ...models.external_create_video_agent_session_request import (
    ExternalCreateVideoAgentSessionRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ExternalCreateVideoAgentSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/video_agent/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateVideoAgentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVideoAgentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoAgentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateVideoAgentResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
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
    body: ExternalCreateVideoAgentSessionRequest,
) -> Response[
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
]:
    """Create a video from a prompt

     Create a video from a text prompt using HeyGen's Video Agent. This is the recommended way to create
    videos — just describe what you want and the agent handles avatar selection, scripting, and
    production. The video is generated asynchronously — use the returned video_id to poll status via GET
    /v2/videos/{video_id}.

    Args:
        body (ExternalCreateVideoAgentSessionRequest): Request body for creating a video from a
            prompt using Video Agent V2A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoAgentResponse200 | CreateVideoAgentResponse400 | CreateVideoAgentResponse401 | CreateVideoAgentResponse429]
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
    body: ExternalCreateVideoAgentSessionRequest,
) -> (
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
    | None
):
    """Create a video from a prompt

     Create a video from a text prompt using HeyGen's Video Agent. This is the recommended way to create
    videos — just describe what you want and the agent handles avatar selection, scripting, and
    production. The video is generated asynchronously — use the returned video_id to poll status via GET
    /v2/videos/{video_id}.

    Args:
        body (ExternalCreateVideoAgentSessionRequest): Request body for creating a video from a
            prompt using Video Agent V2A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoAgentResponse200 | CreateVideoAgentResponse400 | CreateVideoAgentResponse401 | CreateVideoAgentResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExternalCreateVideoAgentSessionRequest,
) -> Response[
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
]:
    """Create a video from a prompt

     Create a video from a text prompt using HeyGen's Video Agent. This is the recommended way to create
    videos — just describe what you want and the agent handles avatar selection, scripting, and
    production. The video is generated asynchronously — use the returned video_id to poll status via GET
    /v2/videos/{video_id}.

    Args:
        body (ExternalCreateVideoAgentSessionRequest): Request body for creating a video from a
            prompt using Video Agent V2A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoAgentResponse200 | CreateVideoAgentResponse400 | CreateVideoAgentResponse401 | CreateVideoAgentResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExternalCreateVideoAgentSessionRequest,
) -> (
    CreateVideoAgentResponse200
    | CreateVideoAgentResponse400
    | CreateVideoAgentResponse401
    | CreateVideoAgentResponse429
    | None
):
    """Create a video from a prompt

     Create a video from a text prompt using HeyGen's Video Agent. This is the recommended way to create
    videos — just describe what you want and the agent handles avatar selection, scripting, and
    production. The video is generated asynchronously — use the returned video_id to poll status via GET
    /v2/videos/{video_id}.

    Args:
        body (ExternalCreateVideoAgentSessionRequest): Request body for creating a video from a
            prompt using Video Agent V2A.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoAgentResponse200 | CreateVideoAgentResponse400 | CreateVideoAgentResponse401 | CreateVideoAgentResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
