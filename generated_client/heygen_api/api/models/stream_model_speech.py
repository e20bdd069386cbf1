from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.speech_alignment_event import SpeechAlignmentEvent
from ...models.speech_audio_event import SpeechAudioEvent
from ...models.speech_error_event import SpeechErrorEvent
from ...models.stream_model_speech_response_400 import StreamModelSpeechResponse400
from ...models.stream_model_speech_response_401 import StreamModelSpeechResponse401
from ...models.stream_model_speech_response_402 import StreamModelSpeechResponse402
from ...models.stream_model_speech_response_403 import StreamModelSpeechResponse403
from ...models.stream_model_speech_response_404 import StreamModelSpeechResponse404
from ...models.stream_model_speech_response_409 import StreamModelSpeechResponse409
from ...models.stream_model_speech_response_429 import StreamModelSpeechResponse429
from ...models.stream_model_speech_response_503 import StreamModelSpeechResponse503
from ...models.stream_speech_request import StreamSpeechRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StreamSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/models/audio/tts/stream",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> SpeechAlignmentEvent | SpeechAudioEvent | SpeechErrorEvent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_speech_stream_event_type_0 = (
                    SpeechAudioEvent.from_dict(data)
                )

                return componentsschemas_speech_stream_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_speech_stream_event_type_1 = (
                    SpeechAlignmentEvent.from_dict(data)
                )

                return componentsschemas_speech_stream_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_speech_stream_event_type_2 = SpeechErrorEvent.from_dict(
                data
            )

            return componentsschemas_speech_stream_event_type_2

        response_200 = _parse_response_200(response.text)

        return response_200

    if response.status_code == 400:
        response_400 = StreamModelSpeechResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StreamModelSpeechResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = StreamModelSpeechResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = StreamModelSpeechResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StreamModelSpeechResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = StreamModelSpeechResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = StreamModelSpeechResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = StreamModelSpeechResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
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
    body: StreamSpeechRequest,
) -> Response[
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
]:
    """Stream Speech

     Generates speech as Server-Sent Events. Audio events contain ordered base64-encoded standalone WAV
    parts; alignment events are included only when `with_timestamps` is true. A clean stream ends with
    `data: [DONE]`. The voice identified by `voice_id` must be an ACTIVE professional voice. Rate limit:
    30 requests per minute per workspace member.

    Args:
        body (StreamSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpeechAlignmentEvent | SpeechAudioEvent | SpeechErrorEvent | StreamModelSpeechResponse400 | StreamModelSpeechResponse401 | StreamModelSpeechResponse402 | StreamModelSpeechResponse403 | StreamModelSpeechResponse404 | StreamModelSpeechResponse409 | StreamModelSpeechResponse429 | StreamModelSpeechResponse503]
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
    body: StreamSpeechRequest,
) -> (
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
    | None
):
    """Stream Speech

     Generates speech as Server-Sent Events. Audio events contain ordered base64-encoded standalone WAV
    parts; alignment events are included only when `with_timestamps` is true. A clean stream ends with
    `data: [DONE]`. The voice identified by `voice_id` must be an ACTIVE professional voice. Rate limit:
    30 requests per minute per workspace member.

    Args:
        body (StreamSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpeechAlignmentEvent | SpeechAudioEvent | SpeechErrorEvent | StreamModelSpeechResponse400 | StreamModelSpeechResponse401 | StreamModelSpeechResponse402 | StreamModelSpeechResponse403 | StreamModelSpeechResponse404 | StreamModelSpeechResponse409 | StreamModelSpeechResponse429 | StreamModelSpeechResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StreamSpeechRequest,
) -> Response[
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
]:
    """Stream Speech

     Generates speech as Server-Sent Events. Audio events contain ordered base64-encoded standalone WAV
    parts; alignment events are included only when `with_timestamps` is true. A clean stream ends with
    `data: [DONE]`. The voice identified by `voice_id` must be an ACTIVE professional voice. Rate limit:
    30 requests per minute per workspace member.

    Args:
        body (StreamSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpeechAlignmentEvent | SpeechAudioEvent | SpeechErrorEvent | StreamModelSpeechResponse400 | StreamModelSpeechResponse401 | StreamModelSpeechResponse402 | StreamModelSpeechResponse403 | StreamModelSpeechResponse404 | StreamModelSpeechResponse409 | StreamModelSpeechResponse429 | StreamModelSpeechResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StreamSpeechRequest,
) -> (
    SpeechAlignmentEvent
    | SpeechAudioEvent
    | SpeechErrorEvent
    | StreamModelSpeechResponse400
    | StreamModelSpeechResponse401
    | StreamModelSpeechResponse402
    | StreamModelSpeechResponse403
    | StreamModelSpeechResponse404
    | StreamModelSpeechResponse409
    | StreamModelSpeechResponse429
    | StreamModelSpeechResponse503
    | None
):
    """Stream Speech

     Generates speech as Server-Sent Events. Audio events contain ordered base64-encoded standalone WAV
    parts; alignment events are included only when `with_timestamps` is true. A clean stream ends with
    `data: [DONE]`. The voice identified by `voice_id` must be an ACTIVE professional voice. Rate limit:
    30 requests per minute per workspace member.

    Args:
        body (StreamSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpeechAlignmentEvent | SpeechAudioEvent | SpeechErrorEvent | StreamModelSpeechResponse400 | StreamModelSpeechResponse401 | StreamModelSpeechResponse402 | StreamModelSpeechResponse403 | StreamModelSpeechResponse404 | StreamModelSpeechResponse409 | StreamModelSpeechResponse429 | StreamModelSpeechResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
