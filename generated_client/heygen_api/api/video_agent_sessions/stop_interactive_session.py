from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stop_interactive_session_response_200 import (
    StopInteractiveSessionResponse200,
)
from ...models.stop_interactive_session_response_400 import (
    StopInteractiveSessionResponse400,
)
from ...models.stop_interactive_session_response_401 import (
    StopInteractiveSessionResponse401,
)
from ...models.stop_interactive_session_response_404 import (
    StopInteractiveSessionResponse404,
)
from ...models.stop_interactive_session_response_429 import (
    StopInteractiveSessionResponse429,
)
from ...models.stop_session_request import StopSessionRequest
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: StopSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-agents/sessions/{session_id}/stop".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = StopInteractiveSessionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StopInteractiveSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StopInteractiveSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = StopInteractiveSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = StopInteractiveSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
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
    body: StopSessionRequest,
) -> Response[
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
]:
    """Stop Video Agent session

     Stop an in-progress agent run. The agent stops at the next checkpoint and partial results are
    preserved.

    Args:
        session_id (str):
        body (StopSessionRequest): Request body for stopping a session (empty — no fields
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopInteractiveSessionResponse200 | StopInteractiveSessionResponse400 | StopInteractiveSessionResponse401 | StopInteractiveSessionResponse404 | StopInteractiveSessionResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: StopSessionRequest,
) -> (
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
    | None
):
    """Stop Video Agent session

     Stop an in-progress agent run. The agent stops at the next checkpoint and partial results are
    preserved.

    Args:
        session_id (str):
        body (StopSessionRequest): Request body for stopping a session (empty — no fields
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopInteractiveSessionResponse200 | StopInteractiveSessionResponse400 | StopInteractiveSessionResponse401 | StopInteractiveSessionResponse404 | StopInteractiveSessionResponse429
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: StopSessionRequest,
) -> Response[
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
]:
    """Stop Video Agent session

     Stop an in-progress agent run. The agent stops at the next checkpoint and partial results are
    preserved.

    Args:
        session_id (str):
        body (StopSessionRequest): Request body for stopping a session (empty — no fields
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopInteractiveSessionResponse200 | StopInteractiveSessionResponse400 | StopInteractiveSessionResponse401 | StopInteractiveSessionResponse404 | StopInteractiveSessionResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: StopSessionRequest,
) -> (
    StopInteractiveSessionResponse200
    | StopInteractiveSessionResponse400
    | StopInteractiveSessionResponse401
    | StopInteractiveSessionResponse404
    | StopInteractiveSessionResponse429
    | None
):
    """Stop Video Agent session

     Stop an in-progress agent run. The agent stops at the next checkpoint and partial results are
    preserved.

    Args:
        session_id (str):
        body (StopSessionRequest): Request body for stopping a session (empty — no fields
            required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopInteractiveSessionResponse200 | StopInteractiveSessionResponse400 | StopInteractiveSessionResponse401 | StopInteractiveSessionResponse404 | StopInteractiveSessionResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
