from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_speech_v3_response_200 import CreateSpeechV3Response200
from ...models.create_speech_v3_response_400 import CreateSpeechV3Response400
from ...models.create_speech_v3_response_401 import CreateSpeechV3Response401
from ...models.create_speech_v3_response_429 import CreateSpeechV3Response429
from ...models.text_to_speech_request import TextToSpeechRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TextToSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/voices/speech",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = CreateSpeechV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateSpeechV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSpeechV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateSpeechV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
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
    body: TextToSpeechRequest,
) -> Response[
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
]:
    """Generate Speech

     Synthesize speech audio from text using a specified voice. The voice must support the starfish
    engine — use GET /v3/voices?engine=starfish to find compatible voices. Supports plain text and SSML.
    Speed range: 0.5–2.0x. Returns a URL to the generated audio file along with duration and optional
    word-level timestamps.

    Args:
        body (TextToSpeechRequest): Request body for text-to-speech generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpeechV3Response200 | CreateSpeechV3Response400 | CreateSpeechV3Response401 | CreateSpeechV3Response429]
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
    body: TextToSpeechRequest,
) -> (
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
    | None
):
    """Generate Speech

     Synthesize speech audio from text using a specified voice. The voice must support the starfish
    engine — use GET /v3/voices?engine=starfish to find compatible voices. Supports plain text and SSML.
    Speed range: 0.5–2.0x. Returns a URL to the generated audio file along with duration and optional
    word-level timestamps.

    Args:
        body (TextToSpeechRequest): Request body for text-to-speech generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpeechV3Response200 | CreateSpeechV3Response400 | CreateSpeechV3Response401 | CreateSpeechV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TextToSpeechRequest,
) -> Response[
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
]:
    """Generate Speech

     Synthesize speech audio from text using a specified voice. The voice must support the starfish
    engine — use GET /v3/voices?engine=starfish to find compatible voices. Supports plain text and SSML.
    Speed range: 0.5–2.0x. Returns a URL to the generated audio file along with duration and optional
    word-level timestamps.

    Args:
        body (TextToSpeechRequest): Request body for text-to-speech generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSpeechV3Response200 | CreateSpeechV3Response400 | CreateSpeechV3Response401 | CreateSpeechV3Response429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TextToSpeechRequest,
) -> (
    CreateSpeechV3Response200
    | CreateSpeechV3Response400
    | CreateSpeechV3Response401
    | CreateSpeechV3Response429
    | None
):
    """Generate Speech

     Synthesize speech audio from text using a specified voice. The voice must support the starfish
    engine — use GET /v3/voices?engine=starfish to find compatible voices. Supports plain text and SSML.
    Speed range: 0.5–2.0x. Returns a URL to the generated audio file along with duration and optional
    word-level timestamps.

    Args:
        body (TextToSpeechRequest): Request body for text-to-speech generation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSpeechV3Response200 | CreateSpeechV3Response400 | CreateSpeechV3Response401 | CreateSpeechV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
