from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_message_request import SendMessageRequest
from ...models.send_video_agent_message_response_200 import (
    SendVideoAgentMessageResponse200,
)
from ...models.send_video_agent_message_response_400 import (
    SendVideoAgentMessageResponse400,
)
from ...models.send_video_agent_message_response_401 import (
    SendVideoAgentMessageResponse401,
)
from ...models.send_video_agent_message_response_404 import (
    SendVideoAgentMessageResponse404,
)
from ...models.send_video_agent_message_response_429 import (
    SendVideoAgentMessageResponse429,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-agents/{session_id}".format(
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
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
    | None
):
    if response.status_code == 200:
        response_200 = SendVideoAgentMessageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SendVideoAgentMessageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SendVideoAgentMessageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SendVideoAgentMessageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = SendVideoAgentMessageResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
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
    body: SendMessageRequest,
) -> Response[
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
]:
    """Send Message or Request Revision

     Sends a follow-up message to an existing session. Use to answer agent questions, add context, or
    request edits to a generated video. Only valid for sessions created in chat mode.

    Args:
        session_id (str):
        body (SendMessageRequest): Request body for sending a follow-up message, answering the
            agent's question,
            or requesting edits and revisions to a previously generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendVideoAgentMessageResponse200 | SendVideoAgentMessageResponse400 | SendVideoAgentMessageResponse401 | SendVideoAgentMessageResponse404 | SendVideoAgentMessageResponse429]
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
    body: SendMessageRequest,
) -> (
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
    | None
):
    """Send Message or Request Revision

     Sends a follow-up message to an existing session. Use to answer agent questions, add context, or
    request edits to a generated video. Only valid for sessions created in chat mode.

    Args:
        session_id (str):
        body (SendMessageRequest): Request body for sending a follow-up message, answering the
            agent's question,
            or requesting edits and revisions to a previously generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendVideoAgentMessageResponse200 | SendVideoAgentMessageResponse400 | SendVideoAgentMessageResponse401 | SendVideoAgentMessageResponse404 | SendVideoAgentMessageResponse429
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
    body: SendMessageRequest,
) -> Response[
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
]:
    """Send Message or Request Revision

     Sends a follow-up message to an existing session. Use to answer agent questions, add context, or
    request edits to a generated video. Only valid for sessions created in chat mode.

    Args:
        session_id (str):
        body (SendMessageRequest): Request body for sending a follow-up message, answering the
            agent's question,
            or requesting edits and revisions to a previously generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendVideoAgentMessageResponse200 | SendVideoAgentMessageResponse400 | SendVideoAgentMessageResponse401 | SendVideoAgentMessageResponse404 | SendVideoAgentMessageResponse429]
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
    body: SendMessageRequest,
) -> (
    SendVideoAgentMessageResponse200
    | SendVideoAgentMessageResponse400
    | SendVideoAgentMessageResponse401
    | SendVideoAgentMessageResponse404
    | SendVideoAgentMessageResponse429
    | None
):
    """Send Message or Request Revision

     Sends a follow-up message to an existing session. Use to answer agent questions, add context, or
    request edits to a generated video. Only valid for sessions created in chat mode.

    Args:
        session_id (str):
        body (SendMessageRequest): Request body for sending a follow-up message, answering the
            agent's question,
            or requesting edits and revisions to a previously generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendVideoAgentMessageResponse200 | SendVideoAgentMessageResponse400 | SendVideoAgentMessageResponse401 | SendVideoAgentMessageResponse404 | SendVideoAgentMessageResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
