from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_interactive_session_response_200 import (
    GetInteractiveSessionResponse200,
)
from ...models.get_interactive_session_response_400 import (
    GetInteractiveSessionResponse400,
)
from ...models.get_interactive_session_response_401 import (
    GetInteractiveSessionResponse401,
)
from ...models.get_interactive_session_response_404 import (
    GetInteractiveSessionResponse404,
)
from ...models.get_interactive_session_response_429 import (
    GetInteractiveSessionResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/sessions/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetInteractiveSessionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetInteractiveSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetInteractiveSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetInteractiveSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetInteractiveSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
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
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
]:
    """Get Video Agent session

     Get session status, progress, and paginated chat messages. Poll after creating a session or sending
    a message.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInteractiveSessionResponse200 | GetInteractiveSessionResponse400 | GetInteractiveSessionResponse401 | GetInteractiveSessionResponse404 | GetInteractiveSessionResponse429]
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
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
    | None
):
    """Get Video Agent session

     Get session status, progress, and paginated chat messages. Poll after creating a session or sending
    a message.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInteractiveSessionResponse200 | GetInteractiveSessionResponse400 | GetInteractiveSessionResponse401 | GetInteractiveSessionResponse404 | GetInteractiveSessionResponse429
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
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
]:
    """Get Video Agent session

     Get session status, progress, and paginated chat messages. Poll after creating a session or sending
    a message.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInteractiveSessionResponse200 | GetInteractiveSessionResponse400 | GetInteractiveSessionResponse401 | GetInteractiveSessionResponse404 | GetInteractiveSessionResponse429]
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
    GetInteractiveSessionResponse200
    | GetInteractiveSessionResponse400
    | GetInteractiveSessionResponse401
    | GetInteractiveSessionResponse404
    | GetInteractiveSessionResponse429
    | None
):
    """Get Video Agent session

     Get session status, progress, and paginated chat messages. Poll after creating a session or sending
    a message.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInteractiveSessionResponse200 | GetInteractiveSessionResponse400 | GetInteractiveSessionResponse401 | GetInteractiveSessionResponse404 | GetInteractiveSessionResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
