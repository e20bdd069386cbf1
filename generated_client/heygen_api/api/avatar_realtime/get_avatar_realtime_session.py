from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_avatar_realtime_session_response_200 import (
    GetAvatarRealtimeSessionResponse200,
)
from ...models.get_avatar_realtime_session_response_400 import (
    GetAvatarRealtimeSessionResponse400,
)
from ...models.get_avatar_realtime_session_response_401 import (
    GetAvatarRealtimeSessionResponse401,
)
from ...models.get_avatar_realtime_session_response_404 import (
    GetAvatarRealtimeSessionResponse404,
)
from ...models.get_avatar_realtime_session_response_429 import (
    GetAvatarRealtimeSessionResponse429,
)
from ...types import Response


def _get_kwargs(
    stream_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatar-realtime/{stream_id}".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetAvatarRealtimeSessionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAvatarRealtimeSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAvatarRealtimeSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetAvatarRealtimeSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAvatarRealtimeSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
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
) -> Response[
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
]:
    """Get Avatar Realtime Session

     Get the status of a streaming avatar session. `status` is one of `pending` (workflow starting),
    `streaming` (the `hls_url` is live), `completed` (finished — `end_reason` describes how), or `error`
    (`error_message` describes the failure). Poll this after POST /v3/avatar-realtime until `hls_url` is
    present.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarRealtimeSessionResponse200 | GetAvatarRealtimeSessionResponse400 | GetAvatarRealtimeSessionResponse401 | GetAvatarRealtimeSessionResponse404 | GetAvatarRealtimeSessionResponse429]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
    | None
):
    """Get Avatar Realtime Session

     Get the status of a streaming avatar session. `status` is one of `pending` (workflow starting),
    `streaming` (the `hls_url` is live), `completed` (finished — `end_reason` describes how), or `error`
    (`error_message` describes the failure). Poll this after POST /v3/avatar-realtime until `hls_url` is
    present.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarRealtimeSessionResponse200 | GetAvatarRealtimeSessionResponse400 | GetAvatarRealtimeSessionResponse401 | GetAvatarRealtimeSessionResponse404 | GetAvatarRealtimeSessionResponse429
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
]:
    """Get Avatar Realtime Session

     Get the status of a streaming avatar session. `status` is one of `pending` (workflow starting),
    `streaming` (the `hls_url` is live), `completed` (finished — `end_reason` describes how), or `error`
    (`error_message` describes the failure). Poll this after POST /v3/avatar-realtime until `hls_url` is
    present.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarRealtimeSessionResponse200 | GetAvatarRealtimeSessionResponse400 | GetAvatarRealtimeSessionResponse401 | GetAvatarRealtimeSessionResponse404 | GetAvatarRealtimeSessionResponse429]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAvatarRealtimeSessionResponse200
    | GetAvatarRealtimeSessionResponse400
    | GetAvatarRealtimeSessionResponse401
    | GetAvatarRealtimeSessionResponse404
    | GetAvatarRealtimeSessionResponse429
    | None
):
    """Get Avatar Realtime Session

     Get the status of a streaming avatar session. `status` is one of `pending` (workflow starting),
    `streaming` (the `hls_url` is live), `completed` (finished — `end_reason` describes how), or `error`
    (`error_message` describes the failure). Poll this after POST /v3/avatar-realtime until `hls_url` is
    present.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarRealtimeSessionResponse200 | GetAvatarRealtimeSessionResponse400 | GetAvatarRealtimeSessionResponse401 | GetAvatarRealtimeSessionResponse404 | GetAvatarRealtimeSessionResponse429
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
        )
    ).parsed
