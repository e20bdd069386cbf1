from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.append_avatar_realtime_text_response_202 import (
    AppendAvatarRealtimeTextResponse202,
)
from ...models.append_avatar_realtime_text_response_400 import (
    AppendAvatarRealtimeTextResponse400,
)
from ...models.append_avatar_realtime_text_response_401 import (
    AppendAvatarRealtimeTextResponse401,
)
from ...models.append_avatar_realtime_text_response_404 import (
    AppendAvatarRealtimeTextResponse404,
)
from ...models.append_avatar_realtime_text_response_429 import (
    AppendAvatarRealtimeTextResponse429,
)
from ...models.append_text_delta_request import AppendTextDeltaRequest
from ...types import Response


def _get_kwargs(
    stream_id: str,
    *,
    body: AppendTextDeltaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/avatar-realtime/{stream_id}/text".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
    | None
):
    if response.status_code == 202:
        response_202 = AppendAvatarRealtimeTextResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = AppendAvatarRealtimeTextResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AppendAvatarRealtimeTextResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = AppendAvatarRealtimeTextResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AppendAvatarRealtimeTextResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: AppendTextDeltaRequest,
) -> Response[
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
]:
    """Append Avatar Realtime Text

     Append a text delta to a session created with `type: text_stream`. Send fragments as they become
    available (e.g. tokens streamed from an upstream LLM); the avatar speaks them in order. Set `final:
    true` on the last delta to close input — further appends to a closed stream return 410. Returns the
    total bytes buffered so far.

    Args:
        stream_id (str):
        body (AppendTextDeltaRequest): Append one text delta to a streaming session created with
            type='text_stream'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppendAvatarRealtimeTextResponse202 | AppendAvatarRealtimeTextResponse400 | AppendAvatarRealtimeTextResponse401 | AppendAvatarRealtimeTextResponse404 | AppendAvatarRealtimeTextResponse429]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: AppendTextDeltaRequest,
) -> (
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
    | None
):
    """Append Avatar Realtime Text

     Append a text delta to a session created with `type: text_stream`. Send fragments as they become
    available (e.g. tokens streamed from an upstream LLM); the avatar speaks them in order. Set `final:
    true` on the last delta to close input — further appends to a closed stream return 410. Returns the
    total bytes buffered so far.

    Args:
        stream_id (str):
        body (AppendTextDeltaRequest): Append one text delta to a streaming session created with
            type='text_stream'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppendAvatarRealtimeTextResponse202 | AppendAvatarRealtimeTextResponse400 | AppendAvatarRealtimeTextResponse401 | AppendAvatarRealtimeTextResponse404 | AppendAvatarRealtimeTextResponse429
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: AppendTextDeltaRequest,
) -> Response[
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
]:
    """Append Avatar Realtime Text

     Append a text delta to a session created with `type: text_stream`. Send fragments as they become
    available (e.g. tokens streamed from an upstream LLM); the avatar speaks them in order. Set `final:
    true` on the last delta to close input — further appends to a closed stream return 410. Returns the
    total bytes buffered so far.

    Args:
        stream_id (str):
        body (AppendTextDeltaRequest): Append one text delta to a streaming session created with
            type='text_stream'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppendAvatarRealtimeTextResponse202 | AppendAvatarRealtimeTextResponse400 | AppendAvatarRealtimeTextResponse401 | AppendAvatarRealtimeTextResponse404 | AppendAvatarRealtimeTextResponse429]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: AppendTextDeltaRequest,
) -> (
    AppendAvatarRealtimeTextResponse202
    | AppendAvatarRealtimeTextResponse400
    | AppendAvatarRealtimeTextResponse401
    | AppendAvatarRealtimeTextResponse404
    | AppendAvatarRealtimeTextResponse429
    | None
):
    """Append Avatar Realtime Text

     Append a text delta to a session created with `type: text_stream`. Send fragments as they become
    available (e.g. tokens streamed from an upstream LLM); the avatar speaks them in order. Set `final:
    true` on the last delta to close input — further appends to a closed stream return 410. Returns the
    total bytes buffered so far.

    Args:
        stream_id (str):
        body (AppendTextDeltaRequest): Append one text delta to a streaming session created with
            type='text_stream'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppendAvatarRealtimeTextResponse202 | AppendAvatarRealtimeTextResponse400 | AppendAvatarRealtimeTextResponse401 | AppendAvatarRealtimeTextResponse404 | AppendAvatarRealtimeTextResponse429
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            body=body,
        )
    ).parsed
