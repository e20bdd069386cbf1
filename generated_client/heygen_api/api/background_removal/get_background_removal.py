from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_background_removal_response_200 import (
    GetBackgroundRemovalResponse200,
)
from ...models.get_background_removal_response_400 import (
    GetBackgroundRemovalResponse400,
)
from ...models.get_background_removal_response_401 import (
    GetBackgroundRemovalResponse401,
)
from ...models.get_background_removal_response_404 import (
    GetBackgroundRemovalResponse404,
)
from ...models.get_background_removal_response_429 import (
    GetBackgroundRemovalResponse429,
)
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/background-removals/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetBackgroundRemovalResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetBackgroundRemovalResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetBackgroundRemovalResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetBackgroundRemovalResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetBackgroundRemovalResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
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
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
]:
    """Get Background Removal

     Returns a background removal job including its status and, once completed, presigned download URLs
    for the produced layers.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBackgroundRemovalResponse200 | GetBackgroundRemovalResponse400 | GetBackgroundRemovalResponse401 | GetBackgroundRemovalResponse404 | GetBackgroundRemovalResponse429]
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
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
    | None
):
    """Get Background Removal

     Returns a background removal job including its status and, once completed, presigned download URLs
    for the produced layers.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBackgroundRemovalResponse200 | GetBackgroundRemovalResponse400 | GetBackgroundRemovalResponse401 | GetBackgroundRemovalResponse404 | GetBackgroundRemovalResponse429
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
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
]:
    """Get Background Removal

     Returns a background removal job including its status and, once completed, presigned download URLs
    for the produced layers.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBackgroundRemovalResponse200 | GetBackgroundRemovalResponse400 | GetBackgroundRemovalResponse401 | GetBackgroundRemovalResponse404 | GetBackgroundRemovalResponse429]
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
    GetBackgroundRemovalResponse200
    | GetBackgroundRemovalResponse400
    | GetBackgroundRemovalResponse401
    | GetBackgroundRemovalResponse404
    | GetBackgroundRemovalResponse429
    | None
):
    """Get Background Removal

     Returns a background removal job including its status and, once completed, presigned download URLs
    for the produced layers.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBackgroundRemovalResponse200 | GetBackgroundRemovalResponse400 | GetBackgroundRemovalResponse401 | GetBackgroundRemovalResponse404 | GetBackgroundRemovalResponse429
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
