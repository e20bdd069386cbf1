from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_model_audio_voice_response_200 import GetModelAudioVoiceResponse200
from ...models.get_model_audio_voice_response_400 import GetModelAudioVoiceResponse400
from ...models.get_model_audio_voice_response_401 import GetModelAudioVoiceResponse401
from ...models.get_model_audio_voice_response_403 import GetModelAudioVoiceResponse403
from ...models.get_model_audio_voice_response_404 import GetModelAudioVoiceResponse404
from ...models.get_model_audio_voice_response_429 import GetModelAudioVoiceResponse429
from ...types import Response


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/models/audio/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetModelAudioVoiceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetModelAudioVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetModelAudioVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetModelAudioVoiceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetModelAudioVoiceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetModelAudioVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
]:
    """Get an Audio Voice

     Returns one caller-owned model-backed audio voice and its current lifecycle state. `PENDING` covers
    queued and running work, `ACTIVE` is ready for inference, and `FAILED` is terminal.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelAudioVoiceResponse200 | GetModelAudioVoiceResponse400 | GetModelAudioVoiceResponse401 | GetModelAudioVoiceResponse403 | GetModelAudioVoiceResponse404 | GetModelAudioVoiceResponse429]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
    | None
):
    """Get an Audio Voice

     Returns one caller-owned model-backed audio voice and its current lifecycle state. `PENDING` covers
    queued and running work, `ACTIVE` is ready for inference, and `FAILED` is terminal.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelAudioVoiceResponse200 | GetModelAudioVoiceResponse400 | GetModelAudioVoiceResponse401 | GetModelAudioVoiceResponse403 | GetModelAudioVoiceResponse404 | GetModelAudioVoiceResponse429
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
]:
    """Get an Audio Voice

     Returns one caller-owned model-backed audio voice and its current lifecycle state. `PENDING` covers
    queued and running work, `ACTIVE` is ready for inference, and `FAILED` is terminal.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelAudioVoiceResponse200 | GetModelAudioVoiceResponse400 | GetModelAudioVoiceResponse401 | GetModelAudioVoiceResponse403 | GetModelAudioVoiceResponse404 | GetModelAudioVoiceResponse429]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetModelAudioVoiceResponse200
    | GetModelAudioVoiceResponse400
    | GetModelAudioVoiceResponse401
    | GetModelAudioVoiceResponse403
    | GetModelAudioVoiceResponse404
    | GetModelAudioVoiceResponse429
    | None
):
    """Get an Audio Voice

     Returns one caller-owned model-backed audio voice and its current lifecycle state. `PENDING` covers
    queued and running work, `ACTIVE` is ready for inference, and `FAILED` is terminal.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelAudioVoiceResponse200 | GetModelAudioVoiceResponse400 | GetModelAudioVoiceResponse401 | GetModelAudioVoiceResponse403 | GetModelAudioVoiceResponse404 | GetModelAudioVoiceResponse429
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed
