from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_translation_request import CreateVideoTranslationRequest
from ...models.create_video_translation_v3_response_200 import (
    CreateVideoTranslationV3Response200,
)
from ...models.create_video_translation_v3_response_400 import (
    CreateVideoTranslationV3Response400,
)
from ...models.create_video_translation_v3_response_401 import (
    CreateVideoTranslationV3Response401,
)
from ...models.create_video_translation_v3_response_409 import (
    CreateVideoTranslationV3Response409,
)
from ...models.create_video_translation_v3_response_429 import (
    CreateVideoTranslationV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVideoTranslationRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-translations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = CreateVideoTranslationV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVideoTranslationV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoTranslationV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateVideoTranslationV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateVideoTranslationV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
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
    body: CreateVideoTranslationRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
]:
    """Create Video Translation

     Translates a video into one or more target languages with voice cloning and lip-sync. Returns one
    video_translation_id per language. Use mode: 'speed' (default) for fast turnaround or 'precision'
    for higher lip-sync quality.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationRequest): Request body for POST /v3/video-translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslationV3Response200 | CreateVideoTranslationV3Response400 | CreateVideoTranslationV3Response401 | CreateVideoTranslationV3Response409 | CreateVideoTranslationV3Response429]
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
    body: CreateVideoTranslationRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
    | None
):
    """Create Video Translation

     Translates a video into one or more target languages with voice cloning and lip-sync. Returns one
    video_translation_id per language. Use mode: 'speed' (default) for fast turnaround or 'precision'
    for higher lip-sync quality.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationRequest): Request body for POST /v3/video-translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslationV3Response200 | CreateVideoTranslationV3Response400 | CreateVideoTranslationV3Response401 | CreateVideoTranslationV3Response409 | CreateVideoTranslationV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoTranslationRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
]:
    """Create Video Translation

     Translates a video into one or more target languages with voice cloning and lip-sync. Returns one
    video_translation_id per language. Use mode: 'speed' (default) for fast turnaround or 'precision'
    for higher lip-sync quality.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationRequest): Request body for POST /v3/video-translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslationV3Response200 | CreateVideoTranslationV3Response400 | CreateVideoTranslationV3Response401 | CreateVideoTranslationV3Response409 | CreateVideoTranslationV3Response429]
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
    body: CreateVideoTranslationRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoTranslationV3Response200
    | CreateVideoTranslationV3Response400
    | CreateVideoTranslationV3Response401
    | CreateVideoTranslationV3Response409
    | CreateVideoTranslationV3Response429
    | None
):
    """Create Video Translation

     Translates a video into one or more target languages with voice cloning and lip-sync. Returns one
    video_translation_id per language. Use mode: 'speed' (default) for fast turnaround or 'precision'
    for higher lip-sync quality.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationRequest): Request body for POST /v3/video-translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslationV3Response200 | CreateVideoTranslationV3Response400 | CreateVideoTranslationV3Response401 | CreateVideoTranslationV3Response409 | CreateVideoTranslationV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
