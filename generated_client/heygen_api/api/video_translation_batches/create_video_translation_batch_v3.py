from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_translation_batch_request import (
    CreateVideoTranslationBatchRequest,
)
from ...models.create_video_translation_batch_v3_response_202 import (
    CreateVideoTranslationBatchV3Response202,
)
from ...models.create_video_translation_batch_v3_response_400 import (
    CreateVideoTranslationBatchV3Response400,
)
from ...models.create_video_translation_batch_v3_response_401 import (
    CreateVideoTranslationBatchV3Response401,
)
from ...models.create_video_translation_batch_v3_response_409 import (
    CreateVideoTranslationBatchV3Response409,
)
from ...models.create_video_translation_batch_v3_response_429 import (
    CreateVideoTranslationBatchV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVideoTranslationBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-translations/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
    | None
):
    if response.status_code == 202:
        response_202 = CreateVideoTranslationBatchV3Response202.from_dict(
            response.json()
        )

        return response_202

    if response.status_code == 400:
        response_400 = CreateVideoTranslationBatchV3Response400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoTranslationBatchV3Response401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 409:
        response_409 = CreateVideoTranslationBatchV3Response409.from_dict(
            response.json()
        )

        return response_409

    if response.status_code == 429:
        response_429 = CreateVideoTranslationBatchV3Response429.from_dict(
            response.json()
        )

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
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
    body: CreateVideoTranslationBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
]:
    """Create Video Translation Batch

     Submit up to 100 video-translation payloads (identical in shape to POST /v3/video-translations) as a
    single batch. A payload targeting multiple output_languages expands to one batch item per language,
    and each item is created and processed independently so one bad source does not fail the rest.
    Returns 202 with a batch_id; poll GET /v3/video-translations/batches/{batch_id} for progress. Pass
    an Idempotency-Key header to make retries safe — the same key returns the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslationBatchV3Response202 | CreateVideoTranslationBatchV3Response400 | CreateVideoTranslationBatchV3Response401 | CreateVideoTranslationBatchV3Response409 | CreateVideoTranslationBatchV3Response429]
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
    body: CreateVideoTranslationBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
    | None
):
    """Create Video Translation Batch

     Submit up to 100 video-translation payloads (identical in shape to POST /v3/video-translations) as a
    single batch. A payload targeting multiple output_languages expands to one batch item per language,
    and each item is created and processed independently so one bad source does not fail the rest.
    Returns 202 with a batch_id; poll GET /v3/video-translations/batches/{batch_id} for progress. Pass
    an Idempotency-Key header to make retries safe — the same key returns the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslationBatchV3Response202 | CreateVideoTranslationBatchV3Response400 | CreateVideoTranslationBatchV3Response401 | CreateVideoTranslationBatchV3Response409 | CreateVideoTranslationBatchV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoTranslationBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
]:
    """Create Video Translation Batch

     Submit up to 100 video-translation payloads (identical in shape to POST /v3/video-translations) as a
    single batch. A payload targeting multiple output_languages expands to one batch item per language,
    and each item is created and processed independently so one bad source does not fail the rest.
    Returns 202 with a batch_id; poll GET /v3/video-translations/batches/{batch_id} for progress. Pass
    an Idempotency-Key header to make retries safe — the same key returns the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslationBatchV3Response202 | CreateVideoTranslationBatchV3Response400 | CreateVideoTranslationBatchV3Response401 | CreateVideoTranslationBatchV3Response409 | CreateVideoTranslationBatchV3Response429]
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
    body: CreateVideoTranslationBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoTranslationBatchV3Response202
    | CreateVideoTranslationBatchV3Response400
    | CreateVideoTranslationBatchV3Response401
    | CreateVideoTranslationBatchV3Response409
    | CreateVideoTranslationBatchV3Response429
    | None
):
    """Create Video Translation Batch

     Submit up to 100 video-translation payloads (identical in shape to POST /v3/video-translations) as a
    single batch. A payload targeting multiple output_languages expands to one batch item per language,
    and each item is created and processed independently so one bad source does not fail the rest.
    Returns 202 with a batch_id; poll GET /v3/video-translations/batches/{batch_id} for progress. Pass
    an Idempotency-Key header to make retries safe — the same key returns the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoTranslationBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslationBatchV3Response202 | CreateVideoTranslationBatchV3Response400 | CreateVideoTranslationBatchV3Response401 | CreateVideoTranslationBatchV3Response409 | CreateVideoTranslationBatchV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
