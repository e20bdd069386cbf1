from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_video_quality_comparison_v3_response_200 import (
    GetVideoQualityComparisonV3Response200,
)
from ...models.get_video_quality_comparison_v3_response_400 import (
    GetVideoQualityComparisonV3Response400,
)
from ...models.get_video_quality_comparison_v3_response_401 import (
    GetVideoQualityComparisonV3Response401,
)
from ...models.get_video_quality_comparison_v3_response_404 import (
    GetVideoQualityComparisonV3Response404,
)
from ...models.get_video_quality_comparison_v3_response_429 import (
    GetVideoQualityComparisonV3Response429,
)
from ...types import Response


def _get_kwargs(
    comparison_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-quality/comparisons/{comparison_id}".format(
            comparison_id=quote(str(comparison_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetVideoQualityComparisonV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoQualityComparisonV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoQualityComparisonV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetVideoQualityComparisonV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetVideoQualityComparisonV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    comparison_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
]:
    """Get Video Quality Comparison

     Return the latest state and result or terminal error for one comparison.

    Args:
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoQualityComparisonV3Response200 | GetVideoQualityComparisonV3Response400 | GetVideoQualityComparisonV3Response401 | GetVideoQualityComparisonV3Response404 | GetVideoQualityComparisonV3Response429]
    """

    kwargs = _get_kwargs(
        comparison_id=comparison_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    comparison_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
    | None
):
    """Get Video Quality Comparison

     Return the latest state and result or terminal error for one comparison.

    Args:
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoQualityComparisonV3Response200 | GetVideoQualityComparisonV3Response400 | GetVideoQualityComparisonV3Response401 | GetVideoQualityComparisonV3Response404 | GetVideoQualityComparisonV3Response429
    """

    return sync_detailed(
        comparison_id=comparison_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    comparison_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
]:
    """Get Video Quality Comparison

     Return the latest state and result or terminal error for one comparison.

    Args:
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoQualityComparisonV3Response200 | GetVideoQualityComparisonV3Response400 | GetVideoQualityComparisonV3Response401 | GetVideoQualityComparisonV3Response404 | GetVideoQualityComparisonV3Response429]
    """

    kwargs = _get_kwargs(
        comparison_id=comparison_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    comparison_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetVideoQualityComparisonV3Response200
    | GetVideoQualityComparisonV3Response400
    | GetVideoQualityComparisonV3Response401
    | GetVideoQualityComparisonV3Response404
    | GetVideoQualityComparisonV3Response429
    | None
):
    """Get Video Quality Comparison

     Return the latest state and result or terminal error for one comparison.

    Args:
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoQualityComparisonV3Response200 | GetVideoQualityComparisonV3Response400 | GetVideoQualityComparisonV3Response401 | GetVideoQualityComparisonV3Response404 | GetVideoQualityComparisonV3Response429
    """

    return (
        await asyncio_detailed(
            comparison_id=comparison_id,
            client=client,
        )
    ).parsed
