from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_avatar_realtime_audio import CreateAvatarRealtimeAudio
from ...models.create_avatar_realtime_session_response_201 import (
    CreateAvatarRealtimeSessionResponse201,
)
from ...models.create_avatar_realtime_session_response_400 import (
    CreateAvatarRealtimeSessionResponse400,
)
from ...models.create_avatar_realtime_session_response_401 import (
    CreateAvatarRealtimeSessionResponse401,
)
from ...models.create_avatar_realtime_session_response_429 import (
    CreateAvatarRealtimeSessionResponse429,
)
from ...models.create_avatar_realtime_text_stream import CreateAvatarRealtimeTextStream
from ...models.create_avatar_realtime_tts import CreateAvatarRealtimeTTS
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAvatarRealtimeAudio
    | CreateAvatarRealtimeTextStream
    | CreateAvatarRealtimeTTS,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/avatar-realtime",
    }

    if isinstance(body, CreateAvatarRealtimeTTS):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateAvatarRealtimeAudio):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
    | None
):
    if response.status_code == 201:
        response_201 = CreateAvatarRealtimeSessionResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateAvatarRealtimeSessionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAvatarRealtimeSessionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateAvatarRealtimeSessionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
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
    body: CreateAvatarRealtimeAudio
    | CreateAvatarRealtimeTextStream
    | CreateAvatarRealtimeTTS,
) -> Response[
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
]:
    """Create Avatar Realtime Session

     Start a low-latency streaming avatar session and return a `stream_id`. Three modes, selected by the
    `type` discriminator: `tts` (speak a fixed script), `audio` (drive lip-sync from a pre-existing
    audio asset), and `text_stream` (seed with initial text, then append more text deltas over time via
    POST /v3/avatar-realtime/{stream_id}/text — e.g. as an upstream LLM streams tokens). Poll GET
    /v3/avatar-realtime/{stream_id} for the session status and HLS playback URL.

    Args:
        body (CreateAvatarRealtimeAudio | CreateAvatarRealtimeTextStream |
            CreateAvatarRealtimeTTS): Discriminated union for POST /v3/avatar-realtime request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarRealtimeSessionResponse201 | CreateAvatarRealtimeSessionResponse400 | CreateAvatarRealtimeSessionResponse401 | CreateAvatarRealtimeSessionResponse429]
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
    body: CreateAvatarRealtimeAudio
    | CreateAvatarRealtimeTextStream
    | CreateAvatarRealtimeTTS,
) -> (
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
    | None
):
    """Create Avatar Realtime Session

     Start a low-latency streaming avatar session and return a `stream_id`. Three modes, selected by the
    `type` discriminator: `tts` (speak a fixed script), `audio` (drive lip-sync from a pre-existing
    audio asset), and `text_stream` (seed with initial text, then append more text deltas over time via
    POST /v3/avatar-realtime/{stream_id}/text — e.g. as an upstream LLM streams tokens). Poll GET
    /v3/avatar-realtime/{stream_id} for the session status and HLS playback URL.

    Args:
        body (CreateAvatarRealtimeAudio | CreateAvatarRealtimeTextStream |
            CreateAvatarRealtimeTTS): Discriminated union for POST /v3/avatar-realtime request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarRealtimeSessionResponse201 | CreateAvatarRealtimeSessionResponse400 | CreateAvatarRealtimeSessionResponse401 | CreateAvatarRealtimeSessionResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAvatarRealtimeAudio
    | CreateAvatarRealtimeTextStream
    | CreateAvatarRealtimeTTS,
) -> Response[
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
]:
    """Create Avatar Realtime Session

     Start a low-latency streaming avatar session and return a `stream_id`. Three modes, selected by the
    `type` discriminator: `tts` (speak a fixed script), `audio` (drive lip-sync from a pre-existing
    audio asset), and `text_stream` (seed with initial text, then append more text deltas over time via
    POST /v3/avatar-realtime/{stream_id}/text — e.g. as an upstream LLM streams tokens). Poll GET
    /v3/avatar-realtime/{stream_id} for the session status and HLS playback URL.

    Args:
        body (CreateAvatarRealtimeAudio | CreateAvatarRealtimeTextStream |
            CreateAvatarRealtimeTTS): Discriminated union for POST /v3/avatar-realtime request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarRealtimeSessionResponse201 | CreateAvatarRealtimeSessionResponse400 | CreateAvatarRealtimeSessionResponse401 | CreateAvatarRealtimeSessionResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAvatarRealtimeAudio
    | CreateAvatarRealtimeTextStream
    | CreateAvatarRealtimeTTS,
) -> (
    CreateAvatarRealtimeSessionResponse201
    | CreateAvatarRealtimeSessionResponse400
    | CreateAvatarRealtimeSessionResponse401
    | CreateAvatarRealtimeSessionResponse429
    | None
):
    """Create Avatar Realtime Session

     Start a low-latency streaming avatar session and return a `stream_id`. Three modes, selected by the
    `type` discriminator: `tts` (speak a fixed script), `audio` (drive lip-sync from a pre-existing
    audio asset), and `text_stream` (seed with initial text, then append more text deltas over time via
    POST /v3/avatar-realtime/{stream_id}/text — e.g. as an upstream LLM streams tokens). Poll GET
    /v3/avatar-realtime/{stream_id} for the session status and HLS playback URL.

    Args:
        body (CreateAvatarRealtimeAudio | CreateAvatarRealtimeTextStream |
            CreateAvatarRealtimeTTS): Discriminated union for POST /v3/avatar-realtime request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarRealtimeSessionResponse201 | CreateAvatarRealtimeSessionResponse400 | CreateAvatarRealtimeSessionResponse401 | CreateAvatarRealtimeSessionResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
