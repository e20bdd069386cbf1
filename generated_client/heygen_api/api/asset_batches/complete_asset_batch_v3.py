from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_asset_batch_request import CompleteAssetBatchRequest
from ...models.complete_asset_batch_v3_response_202 import (
    CompleteAssetBatchV3Response202,
)
from ...models.complete_asset_batch_v3_response_400 import (
    CompleteAssetBatchV3Response400,
)
from ...models.complete_asset_batch_v3_response_401 import (
    CompleteAssetBatchV3Response401,
)
from ...models.complete_asset_batch_v3_response_404 import (
    CompleteAssetBatchV3Response404,
)
from ...models.complete_asset_batch_v3_response_409 import (
    CompleteAssetBatchV3Response409,
)
from ...models.complete_asset_batch_v3_response_429 import (
    CompleteAssetBatchV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompleteAssetBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/assets/complete/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
    | None
):
    if response.status_code == 202:
        response_202 = CompleteAssetBatchV3Response202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CompleteAssetBatchV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CompleteAssetBatchV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CompleteAssetBatchV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CompleteAssetBatchV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CompleteAssetBatchV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
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
    body: CompleteAssetBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
]:
    """Complete Asset Upload Batch

     Finalize every uploaded file in a batch. Call after all upload PUTs return 200. Each file is
    validated and ingested asynchronously and independently, so one bad file does not fail the rest.
    Returns 202 with the batch_id; poll GET /v3/assets/batches/{batch_id} for per-item progress.
    Idempotent: a repeated call re-drives the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CompleteAssetBatchRequest): Finalize every uploaded file in a batch (POST
            /v3/assets/complete/batches).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteAssetBatchV3Response202 | CompleteAssetBatchV3Response400 | CompleteAssetBatchV3Response401 | CompleteAssetBatchV3Response404 | CompleteAssetBatchV3Response409 | CompleteAssetBatchV3Response429]
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
    body: CompleteAssetBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
    | None
):
    """Complete Asset Upload Batch

     Finalize every uploaded file in a batch. Call after all upload PUTs return 200. Each file is
    validated and ingested asynchronously and independently, so one bad file does not fail the rest.
    Returns 202 with the batch_id; poll GET /v3/assets/batches/{batch_id} for per-item progress.
    Idempotent: a repeated call re-drives the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CompleteAssetBatchRequest): Finalize every uploaded file in a batch (POST
            /v3/assets/complete/batches).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteAssetBatchV3Response202 | CompleteAssetBatchV3Response400 | CompleteAssetBatchV3Response401 | CompleteAssetBatchV3Response404 | CompleteAssetBatchV3Response409 | CompleteAssetBatchV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteAssetBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
]:
    """Complete Asset Upload Batch

     Finalize every uploaded file in a batch. Call after all upload PUTs return 200. Each file is
    validated and ingested asynchronously and independently, so one bad file does not fail the rest.
    Returns 202 with the batch_id; poll GET /v3/assets/batches/{batch_id} for per-item progress.
    Idempotent: a repeated call re-drives the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CompleteAssetBatchRequest): Finalize every uploaded file in a batch (POST
            /v3/assets/complete/batches).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteAssetBatchV3Response202 | CompleteAssetBatchV3Response400 | CompleteAssetBatchV3Response401 | CompleteAssetBatchV3Response404 | CompleteAssetBatchV3Response409 | CompleteAssetBatchV3Response429]
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
    body: CompleteAssetBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CompleteAssetBatchV3Response202
    | CompleteAssetBatchV3Response400
    | CompleteAssetBatchV3Response401
    | CompleteAssetBatchV3Response404
    | CompleteAssetBatchV3Response409
    | CompleteAssetBatchV3Response429
    | None
):
    """Complete Asset Upload Batch

     Finalize every uploaded file in a batch. Call after all upload PUTs return 200. Each file is
    validated and ingested asynchronously and independently, so one bad file does not fail the rest.
    Returns 202 with the batch_id; poll GET /v3/assets/batches/{batch_id} for per-item progress.
    Idempotent: a repeated call re-drives the same batch.

    Args:
        idempotency_key (str | Unset):
        body (CompleteAssetBatchRequest): Finalize every uploaded file in a batch (POST
            /v3/assets/complete/batches).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteAssetBatchV3Response202 | CompleteAssetBatchV3Response400 | CompleteAssetBatchV3Response401 | CompleteAssetBatchV3Response404 | CompleteAssetBatchV3Response409 | CompleteAssetBatchV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
