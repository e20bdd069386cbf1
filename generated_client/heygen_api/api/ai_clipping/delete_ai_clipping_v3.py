from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_ai_clipping_v3_response_200 import DeleteAiClippingV3Response200
from ...models.delete_ai_clipping_v3_response_400 import DeleteAiClippingV3Response400
from ...models.delete_ai_clipping_v3_response_401 import DeleteAiClippingV3Response401
from ...models.delete_ai_clipping_v3_response_404 import DeleteAiClippingV3Response404
from ...models.delete_ai_clipping_v3_response_429 import DeleteAiClippingV3Response429
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/ai-clipping/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteAiClippingV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteAiClippingV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteAiClippingV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteAiClippingV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteAiClippingV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
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
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
]:
    """Delete AI Clipping

     Soft-deletes an AI clip job and its clips.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAiClippingV3Response200 | DeleteAiClippingV3Response400 | DeleteAiClippingV3Response401 | DeleteAiClippingV3Response404 | DeleteAiClippingV3Response429]
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
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
    | None
):
    """Delete AI Clipping

     Soft-deletes an AI clip job and its clips.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAiClippingV3Response200 | DeleteAiClippingV3Response400 | DeleteAiClippingV3Response401 | DeleteAiClippingV3Response404 | DeleteAiClippingV3Response429
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
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
]:
    """Delete AI Clipping

     Soft-deletes an AI clip job and its clips.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAiClippingV3Response200 | DeleteAiClippingV3Response400 | DeleteAiClippingV3Response401 | DeleteAiClippingV3Response404 | DeleteAiClippingV3Response429]
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
    DeleteAiClippingV3Response200
    | DeleteAiClippingV3Response400
    | DeleteAiClippingV3Response401
    | DeleteAiClippingV3Response404
    | DeleteAiClippingV3Response429
    | None
):
    """Delete AI Clipping

     Soft-deletes an AI clip job and its clips.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAiClippingV3Response200 | DeleteAiClippingV3Response400 | DeleteAiClippingV3Response401 | DeleteAiClippingV3Response404 | DeleteAiClippingV3Response429
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
