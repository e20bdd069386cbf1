from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_speech_request import CreateSpeechRequest
from ...models.generate_model_speech_response_200 import GenerateModelSpeechResponse200
from ...models.generate_model_speech_response_400 import GenerateModelSpeechResponse400
from ...models.generate_model_speech_response_401 import GenerateModelSpeechResponse401
from ...models.generate_model_speech_response_402 import GenerateModelSpeechResponse402
from ...models.generate_model_speech_response_403 import GenerateModelSpeechResponse403
from ...models.generate_model_speech_response_404 import GenerateModelSpeechResponse404
from ...models.generate_model_speech_response_409 import GenerateModelSpeechResponse409
from ...models.generate_model_speech_response_429 import GenerateModelSpeechResponse429
from ...models.generate_model_speech_response_503 import GenerateModelSpeechResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/models/audio/tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
    | None
):
    if response.status_code == 200:
        response_200 = GenerateModelSpeechResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateModelSpeechResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenerateModelSpeechResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = GenerateModelSpeechResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = GenerateModelSpeechResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GenerateModelSpeechResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GenerateModelSpeechResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = GenerateModelSpeechResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = GenerateModelSpeechResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
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
    body: CreateSpeechRequest,
) -> Response[
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
]:
    """Generate Speech

     Generates speech using the voice identified by `voice_id` and returns a URL for one completed mono
    PCM16 WAV file at 44.1 kHz. The request remains open until synthesis and output assembly finish. The
    voice must be an ACTIVE professional voice. Rate limit: 30 requests per minute per workspace member.

    Args:
        body (CreateSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateModelSpeechResponse200 | GenerateModelSpeechResponse400 | GenerateModelSpeechResponse401 | GenerateModelSpeechResponse402 | GenerateModelSpeechResponse403 | GenerateModelSpeechResponse404 | GenerateModelSpeechResponse409 | GenerateModelSpeechResponse429 | GenerateModelSpeechResponse503]
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
    body: CreateSpeechRequest,
) -> (
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
    | None
):
    """Generate Speech

     Generates speech using the voice identified by `voice_id` and returns a URL for one completed mono
    PCM16 WAV file at 44.1 kHz. The request remains open until synthesis and output assembly finish. The
    voice must be an ACTIVE professional voice. Rate limit: 30 requests per minute per workspace member.

    Args:
        body (CreateSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateModelSpeechResponse200 | GenerateModelSpeechResponse400 | GenerateModelSpeechResponse401 | GenerateModelSpeechResponse402 | GenerateModelSpeechResponse403 | GenerateModelSpeechResponse404 | GenerateModelSpeechResponse409 | GenerateModelSpeechResponse429 | GenerateModelSpeechResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechRequest,
) -> Response[
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
]:
    """Generate Speech

     Generates speech using the voice identified by `voice_id` and returns a URL for one completed mono
    PCM16 WAV file at 44.1 kHz. The request remains open until synthesis and output assembly finish. The
    voice must be an ACTIVE professional voice. Rate limit: 30 requests per minute per workspace member.

    Args:
        body (CreateSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateModelSpeechResponse200 | GenerateModelSpeechResponse400 | GenerateModelSpeechResponse401 | GenerateModelSpeechResponse402 | GenerateModelSpeechResponse403 | GenerateModelSpeechResponse404 | GenerateModelSpeechResponse409 | GenerateModelSpeechResponse429 | GenerateModelSpeechResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechRequest,
) -> (
    GenerateModelSpeechResponse200
    | GenerateModelSpeechResponse400
    | GenerateModelSpeechResponse401
    | GenerateModelSpeechResponse402
    | GenerateModelSpeechResponse403
    | GenerateModelSpeechResponse404
    | GenerateModelSpeechResponse409
    | GenerateModelSpeechResponse429
    | GenerateModelSpeechResponse503
    | None
):
    """Generate Speech

     Generates speech using the voice identified by `voice_id` and returns a URL for one completed mono
    PCM16 WAV file at 44.1 kHz. The request remains open until synthesis and output assembly finish. The
    voice must be an ACTIVE professional voice. Rate limit: 30 requests per minute per workspace member.

    Args:
        body (CreateSpeechRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateModelSpeechResponse200 | GenerateModelSpeechResponse400 | GenerateModelSpeechResponse401 | GenerateModelSpeechResponse402 | GenerateModelSpeechResponse403 | GenerateModelSpeechResponse404 | GenerateModelSpeechResponse409 | GenerateModelSpeechResponse429 | GenerateModelSpeechResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
