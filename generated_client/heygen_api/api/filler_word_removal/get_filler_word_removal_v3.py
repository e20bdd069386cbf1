from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_filler_word_removal_v3_response_200 import (
    GetFillerWordRemovalV3Response200,
)
from ...models.get_filler_word_removal_v3_response_400 import (
    GetFillerWordRemovalV3Response400,
)
from ...models.get_filler_word_removal_v3_response_401 import (
    GetFillerWordRemovalV3Response401,
)
from ...models.get_filler_word_removal_v3_response_404 import (
    GetFillerWordRemovalV3Response404,
)
from ...models.get_filler_word_removal_v3_response_429 import (
    GetFillerWordRemovalV3Response429,
)
from ...types import Response


def _get_kwargs(
    filler_word_removal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/filler-word-removals/{filler_word_removal_id}".format(
            filler_word_removal_id=quote(str(filler_word_removal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetFillerWordRemovalV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetFillerWordRemovalV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetFillerWordRemovalV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetFillerWordRemovalV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetFillerWordRemovalV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filler_word_removal_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
]:
    """Get Filler Word Removal

     Returns the job resource: lifecycle status, progress, and — once completed — the presigned download
    URL of the cleaned video plus removal statistics (num_cuts, reduction_pct, durations).

    Args:
        filler_word_removal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFillerWordRemovalV3Response200 | GetFillerWordRemovalV3Response400 | GetFillerWordRemovalV3Response401 | GetFillerWordRemovalV3Response404 | GetFillerWordRemovalV3Response429]
    """

    kwargs = _get_kwargs(
        filler_word_removal_id=filler_word_removal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filler_word_removal_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
    | None
):
    """Get Filler Word Removal

     Returns the job resource: lifecycle status, progress, and — once completed — the presigned download
    URL of the cleaned video plus removal statistics (num_cuts, reduction_pct, durations).

    Args:
        filler_word_removal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFillerWordRemovalV3Response200 | GetFillerWordRemovalV3Response400 | GetFillerWordRemovalV3Response401 | GetFillerWordRemovalV3Response404 | GetFillerWordRemovalV3Response429
    """

    return sync_detailed(
        filler_word_removal_id=filler_word_removal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    filler_word_removal_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
]:
    """Get Filler Word Removal

     Returns the job resource: lifecycle status, progress, and — once completed — the presigned download
    URL of the cleaned video plus removal statistics (num_cuts, reduction_pct, durations).

    Args:
        filler_word_removal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFillerWordRemovalV3Response200 | GetFillerWordRemovalV3Response400 | GetFillerWordRemovalV3Response401 | GetFillerWordRemovalV3Response404 | GetFillerWordRemovalV3Response429]
    """

    kwargs = _get_kwargs(
        filler_word_removal_id=filler_word_removal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filler_word_removal_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetFillerWordRemovalV3Response200
    | GetFillerWordRemovalV3Response400
    | GetFillerWordRemovalV3Response401
    | GetFillerWordRemovalV3Response404
    | GetFillerWordRemovalV3Response429
    | None
):
    """Get Filler Word Removal

     Returns the job resource: lifecycle status, progress, and — once completed — the presigned download
    URL of the cleaned video plus removal statistics (num_cuts, reduction_pct, durations).

    Args:
        filler_word_removal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFillerWordRemovalV3Response200 | GetFillerWordRemovalV3Response400 | GetFillerWordRemovalV3Response401 | GetFillerWordRemovalV3Response404 | GetFillerWordRemovalV3Response429
    """

    return (
        await asyncio_detailed(
            filler_word_removal_id=filler_word_removal_id,
            client=client,
        )
    ).parsed
