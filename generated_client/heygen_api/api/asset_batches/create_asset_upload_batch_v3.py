from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_asset_upload_batch_request import CreateAssetUploadBatchRequest
from ...models.create_asset_upload_batch_v3_response_200 import (
    CreateAssetUploadBatchV3Response200,
)
from ...models.create_asset_upload_batch_v3_response_400 import (
    CreateAssetUploadBatchV3Response400,
)
from ...models.create_asset_upload_batch_v3_response_401 import (
    CreateAssetUploadBatchV3Response401,
)
from ...models.create_asset_upload_batch_v3_response_409 import (
    CreateAssetUploadBatchV3Response409,
)
from ...models.create_asset_upload_batch_v3_response_429 import (
    CreateAssetUploadBatchV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAssetUploadBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/assets/direct-uploads/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = CreateAssetUploadBatchV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAssetUploadBatchV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAssetUploadBatchV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateAssetUploadBatchV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateAssetUploadBatchV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
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
    body: CreateAssetUploadBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
]:
    """Create Asset Upload Batch

     Request up to 100 presigned direct-to-S3 upload URLs in a single call. Returns a batch_id and one
    upload slot per file (asset_id + presigned upload_url + required headers). PUT each file's bytes to
    its upload_url, then call POST /v3/assets/complete/batches to finalize the whole batch. This is
    synchronous — no bytes flow through the API. Pass an Idempotency-Key header to make retries safe
    (the same key returns the same batch).

    Args:
        idempotency_key (str | Unset):
        body (CreateAssetUploadBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssetUploadBatchV3Response200 | CreateAssetUploadBatchV3Response400 | CreateAssetUploadBatchV3Response401 | CreateAssetUploadBatchV3Response409 | CreateAssetUploadBatchV3Response429]
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
    body: CreateAssetUploadBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
    | None
):
    """Create Asset Upload Batch

     Request up to 100 presigned direct-to-S3 upload URLs in a single call. Returns a batch_id and one
    upload slot per file (asset_id + presigned upload_url + required headers). PUT each file's bytes to
    its upload_url, then call POST /v3/assets/complete/batches to finalize the whole batch. This is
    synchronous — no bytes flow through the API. Pass an Idempotency-Key header to make retries safe
    (the same key returns the same batch).

    Args:
        idempotency_key (str | Unset):
        body (CreateAssetUploadBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssetUploadBatchV3Response200 | CreateAssetUploadBatchV3Response400 | CreateAssetUploadBatchV3Response401 | CreateAssetUploadBatchV3Response409 | CreateAssetUploadBatchV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssetUploadBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
]:
    """Create Asset Upload Batch

     Request up to 100 presigned direct-to-S3 upload URLs in a single call. Returns a batch_id and one
    upload slot per file (asset_id + presigned upload_url + required headers). PUT each file's bytes to
    its upload_url, then call POST /v3/assets/complete/batches to finalize the whole batch. This is
    synchronous — no bytes flow through the API. Pass an Idempotency-Key header to make retries safe
    (the same key returns the same batch).

    Args:
        idempotency_key (str | Unset):
        body (CreateAssetUploadBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssetUploadBatchV3Response200 | CreateAssetUploadBatchV3Response400 | CreateAssetUploadBatchV3Response401 | CreateAssetUploadBatchV3Response409 | CreateAssetUploadBatchV3Response429]
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
    body: CreateAssetUploadBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAssetUploadBatchV3Response200
    | CreateAssetUploadBatchV3Response400
    | CreateAssetUploadBatchV3Response401
    | CreateAssetUploadBatchV3Response409
    | CreateAssetUploadBatchV3Response429
    | None
):
    """Create Asset Upload Batch

     Request up to 100 presigned direct-to-S3 upload URLs in a single call. Returns a batch_id and one
    upload slot per file (asset_id + presigned upload_url + required headers). PUT each file's bytes to
    its upload_url, then call POST /v3/assets/complete/batches to finalize the whole batch. This is
    synchronous — no bytes flow through the API. Pass an Idempotency-Key header to make retries safe
    (the same key returns the same batch).

    Args:
        idempotency_key (str | Unset):
        body (CreateAssetUploadBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssetUploadBatchV3Response200 | CreateAssetUploadBatchV3Response400 | CreateAssetUploadBatchV3Response401 | CreateAssetUploadBatchV3Response409 | CreateAssetUploadBatchV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
