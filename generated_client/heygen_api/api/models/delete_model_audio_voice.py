from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_model_audio_voice_response_200 import (
    DeleteModelAudioVoiceResponse200,
)
from ...models.delete_model_audio_voice_response_400 import (
    DeleteModelAudioVoiceResponse400,
)
from ...models.delete_model_audio_voice_response_401 import (
    DeleteModelAudioVoiceResponse401,
)
from ...models.delete_model_audio_voice_response_403 import (
    DeleteModelAudioVoiceResponse403,
)
from ...models.delete_model_audio_voice_response_404 import (
    DeleteModelAudioVoiceResponse404,
)
from ...models.delete_model_audio_voice_response_409 import (
    DeleteModelAudioVoiceResponse409,
)
from ...models.delete_model_audio_voice_response_429 import (
    DeleteModelAudioVoiceResponse429,
)
from ...types import Response


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/models/audio/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteModelAudioVoiceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteModelAudioVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteModelAudioVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteModelAudioVoiceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteModelAudioVoiceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DeleteModelAudioVoiceResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = DeleteModelAudioVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
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
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
]:
    """Delete an Audio Voice

     Deletes the caller-owned model-backed audio voice. The voice is removed from subsequent reads, but a
    voice cannot be deleted while its status is `PENDING`. Wait for training to finish and retry.
    Repeating a successful deletion returns the same successful response.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelAudioVoiceResponse200 | DeleteModelAudioVoiceResponse400 | DeleteModelAudioVoiceResponse401 | DeleteModelAudioVoiceResponse403 | DeleteModelAudioVoiceResponse404 | DeleteModelAudioVoiceResponse409 | DeleteModelAudioVoiceResponse429]
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
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
    | None
):
    """Delete an Audio Voice

     Deletes the caller-owned model-backed audio voice. The voice is removed from subsequent reads, but a
    voice cannot be deleted while its status is `PENDING`. Wait for training to finish and retry.
    Repeating a successful deletion returns the same successful response.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelAudioVoiceResponse200 | DeleteModelAudioVoiceResponse400 | DeleteModelAudioVoiceResponse401 | DeleteModelAudioVoiceResponse403 | DeleteModelAudioVoiceResponse404 | DeleteModelAudioVoiceResponse409 | DeleteModelAudioVoiceResponse429
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
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
]:
    """Delete an Audio Voice

     Deletes the caller-owned model-backed audio voice. The voice is removed from subsequent reads, but a
    voice cannot be deleted while its status is `PENDING`. Wait for training to finish and retry.
    Repeating a successful deletion returns the same successful response.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteModelAudioVoiceResponse200 | DeleteModelAudioVoiceResponse400 | DeleteModelAudioVoiceResponse401 | DeleteModelAudioVoiceResponse403 | DeleteModelAudioVoiceResponse404 | DeleteModelAudioVoiceResponse409 | DeleteModelAudioVoiceResponse429]
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
    DeleteModelAudioVoiceResponse200
    | DeleteModelAudioVoiceResponse400
    | DeleteModelAudioVoiceResponse401
    | DeleteModelAudioVoiceResponse403
    | DeleteModelAudioVoiceResponse404
    | DeleteModelAudioVoiceResponse409
    | DeleteModelAudioVoiceResponse429
    | None
):
    """Delete an Audio Voice

     Deletes the caller-owned model-backed audio voice. The voice is removed from subsequent reads, but a
    voice cannot be deleted while its status is `PENDING`. Wait for training to finish and retry.
    Repeating a successful deletion returns the same successful response.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteModelAudioVoiceResponse200 | DeleteModelAudioVoiceResponse400 | DeleteModelAudioVoiceResponse401 | DeleteModelAudioVoiceResponse403 | DeleteModelAudioVoiceResponse404 | DeleteModelAudioVoiceResponse409 | DeleteModelAudioVoiceResponse429
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed
