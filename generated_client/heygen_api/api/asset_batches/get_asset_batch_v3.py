from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_asset_batch_v3_response_200 import GetAssetBatchV3Response200
from ...models.get_asset_batch_v3_response_400 import GetAssetBatchV3Response400
from ...models.get_asset_batch_v3_response_401 import GetAssetBatchV3Response401
from ...models.get_asset_batch_v3_response_404 import GetAssetBatchV3Response404
from ...models.get_asset_batch_v3_response_429 import GetAssetBatchV3Response429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    batch_id: str,
    *,
    limit: int | Unset = 100,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/assets/batches/{batch_id}".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetAssetBatchV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAssetBatchV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAssetBatchV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetAssetBatchV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAssetBatchV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    token: str | Unset = UNSET,
) -> Response[
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
]:
    """Get Asset Batch

     Returns batch aggregate status and one page of items with their ids and statuses. Item statuses are
    one of queued, processing, completed, or failed. The per-item id is returned as video_id (the batch
    read model is shared with the videos batch API); for asset batches it holds the asset_id.

    Args:
        batch_id (str):
        limit (int | Unset):  Default: 100.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAssetBatchV3Response200 | GetAssetBatchV3Response400 | GetAssetBatchV3Response401 | GetAssetBatchV3Response404 | GetAssetBatchV3Response429]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    token: str | Unset = UNSET,
) -> (
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
    | None
):
    """Get Asset Batch

     Returns batch aggregate status and one page of items with their ids and statuses. Item statuses are
    one of queued, processing, completed, or failed. The per-item id is returned as video_id (the batch
    read model is shared with the videos batch API); for asset batches it holds the asset_id.

    Args:
        batch_id (str):
        limit (int | Unset):  Default: 100.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAssetBatchV3Response200 | GetAssetBatchV3Response400 | GetAssetBatchV3Response401 | GetAssetBatchV3Response404 | GetAssetBatchV3Response429
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    token: str | Unset = UNSET,
) -> Response[
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
]:
    """Get Asset Batch

     Returns batch aggregate status and one page of items with their ids and statuses. Item statuses are
    one of queued, processing, completed, or failed. The per-item id is returned as video_id (the batch
    read model is shared with the videos batch API); for asset batches it holds the asset_id.

    Args:
        batch_id (str):
        limit (int | Unset):  Default: 100.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAssetBatchV3Response200 | GetAssetBatchV3Response400 | GetAssetBatchV3Response401 | GetAssetBatchV3Response404 | GetAssetBatchV3Response429]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    token: str | Unset = UNSET,
) -> (
    GetAssetBatchV3Response200
    | GetAssetBatchV3Response400
    | GetAssetBatchV3Response401
    | GetAssetBatchV3Response404
    | GetAssetBatchV3Response429
    | None
):
    """Get Asset Batch

     Returns batch aggregate status and one page of items with their ids and statuses. Item statuses are
    one of queued, processing, completed, or failed. The per-item id is returned as video_id (the batch
    read model is shared with the videos batch API); for asset batches it holds the asset_id.

    Args:
        batch_id (str):
        limit (int | Unset):  Default: 100.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAssetBatchV3Response200 | GetAssetBatchV3Response400 | GetAssetBatchV3Response401 | GetAssetBatchV3Response404 | GetAssetBatchV3Response429
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
