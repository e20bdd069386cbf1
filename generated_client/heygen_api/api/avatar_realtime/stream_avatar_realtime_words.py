from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stream_avatar_realtime_words_response_400 import (
    StreamAvatarRealtimeWordsResponse400,
)
from ...models.stream_avatar_realtime_words_response_401 import (
    StreamAvatarRealtimeWordsResponse401,
)
from ...models.stream_avatar_realtime_words_response_404 import (
    StreamAvatarRealtimeWordsResponse404,
)
from ...models.stream_avatar_realtime_words_response_429 import (
    StreamAvatarRealtimeWordsResponse429,
)
from ...types import Response


def _get_kwargs(
    stream_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatar-realtime/{stream_id}/words".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
    | None
):
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = StreamAvatarRealtimeWordsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StreamAvatarRealtimeWordsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = StreamAvatarRealtimeWordsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = StreamAvatarRealtimeWordsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
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
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
]:
    """Stream Avatar Realtime Word Timestamps

     Open a Server-Sent Events (`text/event-stream`) stream of per-word timestamps for a session. Each
    `data:` frame is a `WordBatch` (`{"words": [{"word", "start", "end"}, ...]}`); times are in seconds
    from the start of the streamed audio (matching OpenAI Whisper and ElevenLabs). Punctuation is
    emitted as its own word event. Batches are capped at ~1s of audio or 10 words, whichever comes
    first. Late subscribers receive the full session history; completed sessions are served from a
    durable snapshot. The stream ends with a single `event: end` frame carrying a `WordsEndEvent`.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StreamAvatarRealtimeWordsResponse400 | StreamAvatarRealtimeWordsResponse401 | StreamAvatarRealtimeWordsResponse404 | StreamAvatarRealtimeWordsResponse429 | str]
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
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
    | None
):
    """Stream Avatar Realtime Word Timestamps

     Open a Server-Sent Events (`text/event-stream`) stream of per-word timestamps for a session. Each
    `data:` frame is a `WordBatch` (`{"words": [{"word", "start", "end"}, ...]}`); times are in seconds
    from the start of the streamed audio (matching OpenAI Whisper and ElevenLabs). Punctuation is
    emitted as its own word event. Batches are capped at ~1s of audio or 10 words, whichever comes
    first. Late subscribers receive the full session history; completed sessions are served from a
    durable snapshot. The stream ends with a single `event: end` frame carrying a `WordsEndEvent`.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StreamAvatarRealtimeWordsResponse400 | StreamAvatarRealtimeWordsResponse401 | StreamAvatarRealtimeWordsResponse404 | StreamAvatarRealtimeWordsResponse429 | str
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
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
]:
    """Stream Avatar Realtime Word Timestamps

     Open a Server-Sent Events (`text/event-stream`) stream of per-word timestamps for a session. Each
    `data:` frame is a `WordBatch` (`{"words": [{"word", "start", "end"}, ...]}`); times are in seconds
    from the start of the streamed audio (matching OpenAI Whisper and ElevenLabs). Punctuation is
    emitted as its own word event. Batches are capped at ~1s of audio or 10 words, whichever comes
    first. Late subscribers receive the full session history; completed sessions are served from a
    durable snapshot. The stream ends with a single `event: end` frame carrying a `WordsEndEvent`.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StreamAvatarRealtimeWordsResponse400 | StreamAvatarRealtimeWordsResponse401 | StreamAvatarRealtimeWordsResponse404 | StreamAvatarRealtimeWordsResponse429 | str]
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
    StreamAvatarRealtimeWordsResponse400
    | StreamAvatarRealtimeWordsResponse401
    | StreamAvatarRealtimeWordsResponse404
    | StreamAvatarRealtimeWordsResponse429
    | str
    | None
):
    """Stream Avatar Realtime Word Timestamps

     Open a Server-Sent Events (`text/event-stream`) stream of per-word timestamps for a session. Each
    `data:` frame is a `WordBatch` (`{"words": [{"word", "start", "end"}, ...]}`); times are in seconds
    from the start of the streamed audio (matching OpenAI Whisper and ElevenLabs). Punctuation is
    emitted as its own word event. Batches are capped at ~1s of audio or 10 words, whichever comes
    first. Late subscribers receive the full session history; completed sessions are served from a
    durable snapshot. The stream ends with a single `event: end` frame carrying a `WordsEndEvent`.

    Args:
        stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StreamAvatarRealtimeWordsResponse400 | StreamAvatarRealtimeWordsResponse401 | StreamAvatarRealtimeWordsResponse404 | StreamAvatarRealtimeWordsResponse429 | str
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
        )
    ).parsed
