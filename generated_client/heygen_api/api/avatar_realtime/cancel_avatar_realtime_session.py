from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_avatar_realtime_session_response_202 import (
    CancelAvatarRealtimeSessionResponse202,
)
from ...models.cancel_avatar_realtime_session_response_400 import (
    CancelAvatarRealtimeSessionResponse400,
)
from ...models.cancel_avatar_realtime_session_response_401 import (
    CancelAvatarRealtimeSessionResponse401,
)
from ...models.cancel_avatar_realtime_session_response_404 import (
    CancelAvatarRealtimeSessionResponse404,
)
from ...models.cancel_avatar_realtime_session_response_429 import (
    CancelAvatarRealtimeSessionResponse429,
)
from ...types import Response


def _get_kwargs(
    stream_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/avatar-realtime/{stream_id}/cancel".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
    | None
):
    if response.status_code == 202:
        response_202 = CancelAvatarRealtimeSessionResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CancelAvatarRealtimeSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CancelAvatarRealtimeSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CancelAvatarRealtimeSessionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CancelAvatarRealtimeSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
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
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
]:
    """Cancel Avatar Realtime Session

     Cancel a running streaming session. Idempotent: `cancelled` is true when this request initiated the
    cancellation, or false when the session was already terminal (completed, failed, or previously
    cancelled).

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAvatarRealtimeSessionResponse202 | CancelAvatarRealtimeSessionResponse400 | CancelAvatarRealtimeSessionResponse401 | CancelAvatarRealtimeSessionResponse404 | CancelAvatarRealtimeSessionResponse429]
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
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
    | None
):
    """Cancel Avatar Realtime Session

     Cancel a running streaming session. Idempotent: `cancelled` is true when this request initiated the
    cancellation, or false when the session was already terminal (completed, failed, or previously
    cancelled).

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAvatarRealtimeSessionResponse202 | CancelAvatarRealtimeSessionResponse400 | CancelAvatarRealtimeSessionResponse401 | CancelAvatarRealtimeSessionResponse404 | CancelAvatarRealtimeSessionResponse429
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
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
]:
    """Cancel Avatar Realtime Session

     Cancel a running streaming session. Idempotent: `cancelled` is true when this request initiated the
    cancellation, or false when the session was already terminal (completed, failed, or previously
    cancelled).

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAvatarRealtimeSessionResponse202 | CancelAvatarRealtimeSessionResponse400 | CancelAvatarRealtimeSessionResponse401 | CancelAvatarRealtimeSessionResponse404 | CancelAvatarRealtimeSessionResponse429]
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
    CancelAvatarRealtimeSessionResponse202
    | CancelAvatarRealtimeSessionResponse400
    | CancelAvatarRealtimeSessionResponse401
    | CancelAvatarRealtimeSessionResponse404
    | CancelAvatarRealtimeSessionResponse429
    | None
):
    """Cancel Avatar Realtime Session

     Cancel a running streaming session. Idempotent: `cancelled` is true when this request initiated the
    cancellation, or false when the session was already terminal (completed, failed, or previously
    cancelled).

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAvatarRealtimeSessionResponse202 | CancelAvatarRealtimeSessionResponse400 | CancelAvatarRealtimeSessionResponse401 | CancelAvatarRealtimeSessionResponse404 | CancelAvatarRealtimeSessionResponse429
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
        )
    ).parsed
