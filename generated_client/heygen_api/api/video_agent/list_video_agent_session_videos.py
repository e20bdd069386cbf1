from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_agent_session_videos_response_200 import (
    ListVideoAgentSessionVideosResponse200,
)
from ...models.list_video_agent_session_videos_response_400 import (
    ListVideoAgentSessionVideosResponse400,
)
from ...models.list_video_agent_session_videos_response_401 import (
    ListVideoAgentSessionVideosResponse401,
)
from ...models.list_video_agent_session_videos_response_404 import (
    ListVideoAgentSessionVideosResponse404,
)
from ...models.list_video_agent_session_videos_response_429 import (
    ListVideoAgentSessionVideosResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/{session_id}/videos".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideoAgentSessionVideosResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideoAgentSessionVideosResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVideoAgentSessionVideosResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ListVideoAgentSessionVideosResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListVideoAgentSessionVideosResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
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
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
]:
    """List Session Videos

     Returns all videos produced within a Video Agent session, sorted newest-first.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoAgentSessionVideosResponse200 | ListVideoAgentSessionVideosResponse400 | ListVideoAgentSessionVideosResponse401 | ListVideoAgentSessionVideosResponse404 | ListVideoAgentSessionVideosResponse429]
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
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
    | None
):
    """List Session Videos

     Returns all videos produced within a Video Agent session, sorted newest-first.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoAgentSessionVideosResponse200 | ListVideoAgentSessionVideosResponse400 | ListVideoAgentSessionVideosResponse401 | ListVideoAgentSessionVideosResponse404 | ListVideoAgentSessionVideosResponse429
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
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
]:
    """List Session Videos

     Returns all videos produced within a Video Agent session, sorted newest-first.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoAgentSessionVideosResponse200 | ListVideoAgentSessionVideosResponse400 | ListVideoAgentSessionVideosResponse401 | ListVideoAgentSessionVideosResponse404 | ListVideoAgentSessionVideosResponse429]
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
    ListVideoAgentSessionVideosResponse200
    | ListVideoAgentSessionVideosResponse400
    | ListVideoAgentSessionVideosResponse401
    | ListVideoAgentSessionVideosResponse404
    | ListVideoAgentSessionVideosResponse429
    | None
):
    """List Session Videos

     Returns all videos produced within a Video Agent session, sorted newest-first.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoAgentSessionVideosResponse200 | ListVideoAgentSessionVideosResponse400 | ListVideoAgentSessionVideosResponse401 | ListVideoAgentSessionVideosResponse404 | ListVideoAgentSessionVideosResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
