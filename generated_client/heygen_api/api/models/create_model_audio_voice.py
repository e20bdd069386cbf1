from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_model_audio_voice_request import CreateModelAudioVoiceRequest
from ...models.create_model_audio_voice_response_202 import (
    CreateModelAudioVoiceResponse202,
)
from ...models.create_model_audio_voice_response_400 import (
    CreateModelAudioVoiceResponse400,
)
from ...models.create_model_audio_voice_response_401 import (
    CreateModelAudioVoiceResponse401,
)
from ...models.create_model_audio_voice_response_403 import (
    CreateModelAudioVoiceResponse403,
)
from ...models.create_model_audio_voice_response_404 import (
    CreateModelAudioVoiceResponse404,
)
from ...models.create_model_audio_voice_response_409 import (
    CreateModelAudioVoiceResponse409,
)
from ...models.create_model_audio_voice_response_429 import (
    CreateModelAudioVoiceResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateModelAudioVoiceRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/models/audio/voices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
    | None
):
    if response.status_code == 202:
        response_202 = CreateModelAudioVoiceResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CreateModelAudioVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateModelAudioVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateModelAudioVoiceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateModelAudioVoiceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateModelAudioVoiceResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateModelAudioVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
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
    body: CreateModelAudioVoiceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
]:
    """Create or Retrain an Audio Voice

     Creates a model-backed audio voice from one or more recordings, or retrains an existing professional
    voice when `voice_id` is supplied. Retraining requires only `voice_id` and source audio and retains
    the existing voice's ID, name, language, and mode. The voice is `PENDING` and unavailable for
    inference while either operation runs. Poll `GET /v3/models/audio/voices/{voice_id}` until its
    status becomes `ACTIVE` or `FAILED`. `Idempotency-Key` is optional; omitting it means repeated
    creation requests create separate voices. New voices require an unoccupied professional-voice slot.
    Each purchased slot provides five pooled trainings per monthly billing period, including initial
    training; failed trainings do not consume the allowance.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelAudioVoiceRequest): Create or retrain one model-backed audio voice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelAudioVoiceResponse202 | CreateModelAudioVoiceResponse400 | CreateModelAudioVoiceResponse401 | CreateModelAudioVoiceResponse403 | CreateModelAudioVoiceResponse404 | CreateModelAudioVoiceResponse409 | CreateModelAudioVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateModelAudioVoiceRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
    | None
):
    """Create or Retrain an Audio Voice

     Creates a model-backed audio voice from one or more recordings, or retrains an existing professional
    voice when `voice_id` is supplied. Retraining requires only `voice_id` and source audio and retains
    the existing voice's ID, name, language, and mode. The voice is `PENDING` and unavailable for
    inference while either operation runs. Poll `GET /v3/models/audio/voices/{voice_id}` until its
    status becomes `ACTIVE` or `FAILED`. `Idempotency-Key` is optional; omitting it means repeated
    creation requests create separate voices. New voices require an unoccupied professional-voice slot.
    Each purchased slot provides five pooled trainings per monthly billing period, including initial
    training; failed trainings do not consume the allowance.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelAudioVoiceRequest): Create or retrain one model-backed audio voice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelAudioVoiceResponse202 | CreateModelAudioVoiceResponse400 | CreateModelAudioVoiceResponse401 | CreateModelAudioVoiceResponse403 | CreateModelAudioVoiceResponse404 | CreateModelAudioVoiceResponse409 | CreateModelAudioVoiceResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateModelAudioVoiceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
]:
    """Create or Retrain an Audio Voice

     Creates a model-backed audio voice from one or more recordings, or retrains an existing professional
    voice when `voice_id` is supplied. Retraining requires only `voice_id` and source audio and retains
    the existing voice's ID, name, language, and mode. The voice is `PENDING` and unavailable for
    inference while either operation runs. Poll `GET /v3/models/audio/voices/{voice_id}` until its
    status becomes `ACTIVE` or `FAILED`. `Idempotency-Key` is optional; omitting it means repeated
    creation requests create separate voices. New voices require an unoccupied professional-voice slot.
    Each purchased slot provides five pooled trainings per monthly billing period, including initial
    training; failed trainings do not consume the allowance.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelAudioVoiceRequest): Create or retrain one model-backed audio voice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateModelAudioVoiceResponse202 | CreateModelAudioVoiceResponse400 | CreateModelAudioVoiceResponse401 | CreateModelAudioVoiceResponse403 | CreateModelAudioVoiceResponse404 | CreateModelAudioVoiceResponse409 | CreateModelAudioVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateModelAudioVoiceRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateModelAudioVoiceResponse202
    | CreateModelAudioVoiceResponse400
    | CreateModelAudioVoiceResponse401
    | CreateModelAudioVoiceResponse403
    | CreateModelAudioVoiceResponse404
    | CreateModelAudioVoiceResponse409
    | CreateModelAudioVoiceResponse429
    | None
):
    """Create or Retrain an Audio Voice

     Creates a model-backed audio voice from one or more recordings, or retrains an existing professional
    voice when `voice_id` is supplied. Retraining requires only `voice_id` and source audio and retains
    the existing voice's ID, name, language, and mode. The voice is `PENDING` and unavailable for
    inference while either operation runs. Poll `GET /v3/models/audio/voices/{voice_id}` until its
    status becomes `ACTIVE` or `FAILED`. `Idempotency-Key` is optional; omitting it means repeated
    creation requests create separate voices. New voices require an unoccupied professional-voice slot.
    Each purchased slot provides five pooled trainings per monthly billing period, including initial
    training; failed trainings do not consume the allowance.

    Args:
        idempotency_key (str | Unset):
        body (CreateModelAudioVoiceRequest): Create or retrain one model-backed audio voice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateModelAudioVoiceResponse202 | CreateModelAudioVoiceResponse400 | CreateModelAudioVoiceResponse401 | CreateModelAudioVoiceResponse403 | CreateModelAudioVoiceResponse404 | CreateModelAudioVoiceResponse409 | CreateModelAudioVoiceResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
