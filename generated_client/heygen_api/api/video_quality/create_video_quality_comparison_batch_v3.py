from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_quality_comparison_batch_request import (
    CreateVideoQualityComparisonBatchRequest,
)
from ...models.create_video_quality_comparison_batch_v3_response_202 import (
    CreateVideoQualityComparisonBatchV3Response202,
)
from ...models.create_video_quality_comparison_batch_v3_response_400 import (
    CreateVideoQualityComparisonBatchV3Response400,
)
from ...models.create_video_quality_comparison_batch_v3_response_401 import (
    CreateVideoQualityComparisonBatchV3Response401,
)
from ...models.create_video_quality_comparison_batch_v3_response_409 import (
    CreateVideoQualityComparisonBatchV3Response409,
)
from ...models.create_video_quality_comparison_batch_v3_response_429 import (
    CreateVideoQualityComparisonBatchV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVideoQualityComparisonBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-quality/comparisons/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
    | None
):
    if response.status_code == 202:
        response_202 = CreateVideoQualityComparisonBatchV3Response202.from_dict(
            response.json()
        )

        return response_202

    if response.status_code == 400:
        response_400 = CreateVideoQualityComparisonBatchV3Response400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoQualityComparisonBatchV3Response401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 409:
        response_409 = CreateVideoQualityComparisonBatchV3Response409.from_dict(
            response.json()
        )

        return response_409

    if response.status_code == 429:
        response_429 = CreateVideoQualityComparisonBatchV3Response429.from_dict(
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
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
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
    body: CreateVideoQualityComparisonBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
]:
    """Create Video Quality Comparison Batch

     Submit up to 100 pairwise video comparisons for asynchronous processing.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoQualityComparisonBatchRequest): Request body for asynchronous batch
            submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoQualityComparisonBatchV3Response202 | CreateVideoQualityComparisonBatchV3Response400 | CreateVideoQualityComparisonBatchV3Response401 | CreateVideoQualityComparisonBatchV3Response409 | CreateVideoQualityComparisonBatchV3Response429]
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
    body: CreateVideoQualityComparisonBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
    | None
):
    """Create Video Quality Comparison Batch

     Submit up to 100 pairwise video comparisons for asynchronous processing.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoQualityComparisonBatchRequest): Request body for asynchronous batch
            submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoQualityComparisonBatchV3Response202 | CreateVideoQualityComparisonBatchV3Response400 | CreateVideoQualityComparisonBatchV3Response401 | CreateVideoQualityComparisonBatchV3Response409 | CreateVideoQualityComparisonBatchV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVideoQualityComparisonBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
]:
    """Create Video Quality Comparison Batch

     Submit up to 100 pairwise video comparisons for asynchronous processing.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoQualityComparisonBatchRequest): Request body for asynchronous batch
            submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoQualityComparisonBatchV3Response202 | CreateVideoQualityComparisonBatchV3Response400 | CreateVideoQualityComparisonBatchV3Response401 | CreateVideoQualityComparisonBatchV3Response409 | CreateVideoQualityComparisonBatchV3Response429]
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
    body: CreateVideoQualityComparisonBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateVideoQualityComparisonBatchV3Response202
    | CreateVideoQualityComparisonBatchV3Response400
    | CreateVideoQualityComparisonBatchV3Response401
    | CreateVideoQualityComparisonBatchV3Response409
    | CreateVideoQualityComparisonBatchV3Response429
    | None
):
    """Create Video Quality Comparison Batch

     Submit up to 100 pairwise video comparisons for asynchronous processing.

    Args:
        idempotency_key (str | Unset):
        body (CreateVideoQualityComparisonBatchRequest): Request body for asynchronous batch
            submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoQualityComparisonBatchV3Response202 | CreateVideoQualityComparisonBatchV3Response400 | CreateVideoQualityComparisonBatchV3Response401 | CreateVideoQualityComparisonBatchV3Response409 | CreateVideoQualityComparisonBatchV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
