from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_video_agent_session_response_200 import (
    GetVideoAgentSessionResponse200,
)
from ...models.get_video_agent_session_response_400 import (
    GetVideoAgentSessionResponse400,
)
from ...models.get_video_agent_session_response_401 import (
    GetVideoAgentSessionResponse401,
)
from ...models.get_video_agent_session_response_404 import (
    GetVideoAgentSessionResponse404,
)
from ...models.get_video_agent_session_response_429 import (
    GetVideoAgentSessionResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetVideoAgentSessionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoAgentSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoAgentSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetVideoAgentSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetVideoAgentSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
]:
    """Get Video Agent Session

     Returns the current status, progress, video_id, and recent chat messages for a session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoAgentSessionResponse200 | GetVideoAgentSessionResponse400 | GetVideoAgentSessionResponse401 | GetVideoAgentSessionResponse404 | GetVideoAgentSessionResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
    | None
):
    """Get Video Agent Session

     Returns the current status, progress, video_id, and recent chat messages for a session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoAgentSessionResponse200 | GetVideoAgentSessionResponse400 | GetVideoAgentSessionResponse401 | GetVideoAgentSessionResponse404 | GetVideoAgentSessionResponse429
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
]:
    """Get Video Agent Session

     Returns the current status, progress, video_id, and recent chat messages for a session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoAgentSessionResponse200 | GetVideoAgentSessionResponse400 | GetVideoAgentSessionResponse401 | GetVideoAgentSessionResponse404 | GetVideoAgentSessionResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoAgentSessionResponse200
    | GetVideoAgentSessionResponse400
    | GetVideoAgentSessionResponse401
    | GetVideoAgentSessionResponse404
    | GetVideoAgentSessionResponse429
    | None
):
    """Get Video Agent Session

     Returns the current status, progress, video_id, and recent chat messages for a session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoAgentSessionResponse200 | GetVideoAgentSessionResponse400 | GetVideoAgentSessionResponse401 | GetVideoAgentSessionResponse404 | GetVideoAgentSessionResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
