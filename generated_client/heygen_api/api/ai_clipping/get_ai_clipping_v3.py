from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_ai_clipping_v3_response_200 import GetAiClippingV3Response200
from ...models.get_ai_clipping_v3_response_400 import GetAiClippingV3Response400
from ...models.get_ai_clipping_v3_response_401 import GetAiClippingV3Response401
from ...models.get_ai_clipping_v3_response_404 import GetAiClippingV3Response404
from ...models.get_ai_clipping_v3_response_429 import GetAiClippingV3Response429
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/ai-clipping/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetAiClippingV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAiClippingV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAiClippingV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetAiClippingV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAiClippingV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
]:
    """Get AI Clipping

     Returns the full job resource including produced clips, statuses, and presigned download URLs.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAiClippingV3Response200 | GetAiClippingV3Response400 | GetAiClippingV3Response401 | GetAiClippingV3Response404 | GetAiClippingV3Response429]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
    | None
):
    """Get AI Clipping

     Returns the full job resource including produced clips, statuses, and presigned download URLs.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAiClippingV3Response200 | GetAiClippingV3Response400 | GetAiClippingV3Response401 | GetAiClippingV3Response404 | GetAiClippingV3Response429
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
]:
    """Get AI Clipping

     Returns the full job resource including produced clips, statuses, and presigned download URLs.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAiClippingV3Response200 | GetAiClippingV3Response400 | GetAiClippingV3Response401 | GetAiClippingV3Response404 | GetAiClippingV3Response429]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetAiClippingV3Response200
    | GetAiClippingV3Response400
    | GetAiClippingV3Response401
    | GetAiClippingV3Response404
    | GetAiClippingV3Response429
    | None
):
    """Get AI Clipping

     Returns the full job resource including produced clips, statuses, and presigned download URLs.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAiClippingV3Response200 | GetAiClippingV3Response400 | GetAiClippingV3Response401 | GetAiClippingV3Response404 | GetAiClippingV3Response429
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
