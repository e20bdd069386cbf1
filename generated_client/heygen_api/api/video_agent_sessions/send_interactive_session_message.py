from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.interactive_send_message_request import InteractiveSendMessageRequest
from ...models.send_interactive_session_message_response_200 import (
    SendInteractiveSessionMessageResponse200,
)
from ...models.send_interactive_session_message_response_400 import (
    SendInteractiveSessionMessageResponse400,
)
from ...models.send_interactive_session_message_response_401 import (
    SendInteractiveSessionMessageResponse401,
)
from ...models.send_interactive_session_message_response_404 import (
    SendInteractiveSessionMessageResponse404,
)
from ...models.send_interactive_session_message_response_429 import (
    SendInteractiveSessionMessageResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: InteractiveSendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-agents/sessions/{session_id}/messages".format(
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
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
    | None
):
    if response.status_code == 200:
        response_200 = SendInteractiveSessionMessageResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = SendInteractiveSessionMessageResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = SendInteractiveSessionMessageResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = SendInteractiveSessionMessageResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 429:
        response_429 = SendInteractiveSessionMessageResponse429.from_dict(
            response.json()
        )

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
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
    body: InteractiveSendMessageRequest,
) -> Response[
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
]:
    """Send message to Video Agent session

     Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the video.

    Args:
        session_id (str):
        body (InteractiveSendMessageRequest): Request body for sending a follow-up message to a
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendInteractiveSessionMessageResponse200 | SendInteractiveSessionMessageResponse400 | SendInteractiveSessionMessageResponse401 | SendInteractiveSessionMessageResponse404 | SendInteractiveSessionMessageResponse429]
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
    body: InteractiveSendMessageRequest,
) -> (
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
    | None
):
    """Send message to Video Agent session

     Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the video.

    Args:
        session_id (str):
        body (InteractiveSendMessageRequest): Request body for sending a follow-up message to a
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendInteractiveSessionMessageResponse200 | SendInteractiveSessionMessageResponse400 | SendInteractiveSessionMessageResponse401 | SendInteractiveSessionMessageResponse404 | SendInteractiveSessionMessageResponse429
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
    body: InteractiveSendMessageRequest,
) -> Response[
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
]:
    """Send message to Video Agent session

     Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the video.

    Args:
        session_id (str):
        body (InteractiveSendMessageRequest): Request body for sending a follow-up message to a
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendInteractiveSessionMessageResponse200 | SendInteractiveSessionMessageResponse400 | SendInteractiveSessionMessageResponse401 | SendInteractiveSessionMessageResponse404 | SendInteractiveSessionMessageResponse429]
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
    body: InteractiveSendMessageRequest,
) -> (
    SendInteractiveSessionMessageResponse200
    | SendInteractiveSessionMessageResponse400
    | SendInteractiveSessionMessageResponse401
    | SendInteractiveSessionMessageResponse404
    | SendInteractiveSessionMessageResponse429
    | None
):
    """Send message to Video Agent session

     Send a follow-up message. Set auto_proceed to true to skip checkpoints and generate the video.

    Args:
        session_id (str):
        body (InteractiveSendMessageRequest): Request body for sending a follow-up message to a
            session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendInteractiveSessionMessageResponse200 | SendInteractiveSessionMessageResponse400 | SendInteractiveSessionMessageResponse401 | SendInteractiveSessionMessageResponse404 | SendInteractiveSessionMessageResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
