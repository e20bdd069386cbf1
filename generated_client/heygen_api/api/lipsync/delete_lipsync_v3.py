from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_lipsync_v3_response_200 import DeleteLipsyncV3Response200
from ...models.delete_lipsync_v3_response_400 import DeleteLipsyncV3Response400
from ...models.delete_lipsync_v3_response_401 import DeleteLipsyncV3Response401
from ...models.delete_lipsync_v3_response_404 import DeleteLipsyncV3Response404
from ...models.delete_lipsync_v3_response_429 import DeleteLipsyncV3Response429
from ...types import Response


def _get_kwargs(
    lipsync_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/lipsyncs/{lipsync_id}".format(
            lipsync_id=quote(str(lipsync_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteLipsyncV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteLipsyncV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteLipsyncV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteLipsyncV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteLipsyncV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
]:
    """Delete Lipsync

     Permanently deletes a lipsync job and its associated files. This action cannot be undone.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLipsyncV3Response200 | DeleteLipsyncV3Response400 | DeleteLipsyncV3Response401 | DeleteLipsyncV3Response404 | DeleteLipsyncV3Response429]
    """

    kwargs = _get_kwargs(
        lipsync_id=lipsync_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
    | None
):
    """Delete Lipsync

     Permanently deletes a lipsync job and its associated files. This action cannot be undone.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLipsyncV3Response200 | DeleteLipsyncV3Response400 | DeleteLipsyncV3Response401 | DeleteLipsyncV3Response404 | DeleteLipsyncV3Response429
    """

    return sync_detailed(
        lipsync_id=lipsync_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
]:
    """Delete Lipsync

     Permanently deletes a lipsync job and its associated files. This action cannot be undone.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLipsyncV3Response200 | DeleteLipsyncV3Response400 | DeleteLipsyncV3Response401 | DeleteLipsyncV3Response404 | DeleteLipsyncV3Response429]
    """

    kwargs = _get_kwargs(
        lipsync_id=lipsync_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lipsync_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteLipsyncV3Response200
    | DeleteLipsyncV3Response400
    | DeleteLipsyncV3Response401
    | DeleteLipsyncV3Response404
    | DeleteLipsyncV3Response429
    | None
):
    """Delete Lipsync

     Permanently deletes a lipsync job and its associated files. This action cannot be undone.

    Args:
        lipsync_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLipsyncV3Response200 | DeleteLipsyncV3Response400 | DeleteLipsyncV3Response401 | DeleteLipsyncV3Response404 | DeleteLipsyncV3Response429
    """

    return (
        await asyncio_detailed(
            lipsync_id=lipsync_id,
            client=client,
        )
    ).parsed
