from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_interactive_session_response_200 import (
    CreateInteractiveSessionResponse200,
)
from ...models.create_interactive_session_response_400 import (
    CreateInteractiveSessionResponse400,
)
from ...models.create_interactive_session_response_401 import (
    CreateInteractiveSessionResponse401,
)
from ...models.create_interactive_session_response_429 import (
    CreateInteractiveSessionResponse429,
)
from ...models.interactive_create_session_request import InteractiveCreateSessionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InteractiveCreateSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-agents/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateInteractiveSessionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateInteractiveSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateInteractiveSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateInteractiveSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
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
    body: InteractiveCreateSessionRequest,
) -> Response[
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
]:
    """Create interactive Video Agent session

     Create a new interactive Video Agent session and send the initial prompt. Poll GET /v3/video-
    agents/sessions/{session_id} for status.

    Args:
        body (InteractiveCreateSessionRequest): Request body for creating an interactive Video
            Agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInteractiveSessionResponse200 | CreateInteractiveSessionResponse400 | CreateInteractiveSessionResponse401 | CreateInteractiveSessionResponse429]
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
    body: InteractiveCreateSessionRequest,
) -> (
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
    | None
):
    """Create interactive Video Agent session

     Create a new interactive Video Agent session and send the initial prompt. Poll GET /v3/video-
    agents/sessions/{session_id} for status.

    Args:
        body (InteractiveCreateSessionRequest): Request body for creating an interactive Video
            Agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInteractiveSessionResponse200 | CreateInteractiveSessionResponse400 | CreateInteractiveSessionResponse401 | CreateInteractiveSessionResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InteractiveCreateSessionRequest,
) -> Response[
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
]:
    """Create interactive Video Agent session

     Create a new interactive Video Agent session and send the initial prompt. Poll GET /v3/video-
    agents/sessions/{session_id} for status.

    Args:
        body (InteractiveCreateSessionRequest): Request body for creating an interactive Video
            Agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInteractiveSessionResponse200 | CreateInteractiveSessionResponse400 | CreateInteractiveSessionResponse401 | CreateInteractiveSessionResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InteractiveCreateSessionRequest,
) -> (
    CreateInteractiveSessionResponse200
    | CreateInteractiveSessionResponse400
    | CreateInteractiveSessionResponse401
    | CreateInteractiveSessionResponse429
    | None
):
    """Create interactive Video Agent session

     Create a new interactive Video Agent session and send the initial prompt. Poll GET /v3/video-
    agents/sessions/{session_id} for status.

    Args:
        body (InteractiveCreateSessionRequest): Request body for creating an interactive Video
            Agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInteractiveSessionResponse200 | CreateInteractiveSessionResponse400 | CreateInteractiveSessionResponse401 | CreateInteractiveSessionResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
