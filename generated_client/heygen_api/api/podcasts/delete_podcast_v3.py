from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_podcast_v3_response_200 import DeletePodcastV3Response200
from ...models.delete_podcast_v3_response_400 import DeletePodcastV3Response400
from ...models.delete_podcast_v3_response_401 import DeletePodcastV3Response401
from ...models.delete_podcast_v3_response_404 import DeletePodcastV3Response404
from ...models.delete_podcast_v3_response_429 import DeletePodcastV3Response429
from ...types import Response


def _get_kwargs(
    podcast_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/podcasts/{podcast_id}".format(
            podcast_id=quote(str(podcast_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = DeletePodcastV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeletePodcastV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeletePodcastV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeletePodcastV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeletePodcastV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    podcast_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
]:
    """Delete Podcast

     Soft-deletes a podcast so it no longer appears in the get/list endpoints. Does not cancel in-flight
    generation or permanently remove files. Idempotent: deleting an already-deleted podcast succeeds.

    Args:
        podcast_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePodcastV3Response200 | DeletePodcastV3Response400 | DeletePodcastV3Response401 | DeletePodcastV3Response404 | DeletePodcastV3Response429]
    """

    kwargs = _get_kwargs(
        podcast_id=podcast_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    podcast_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
    | None
):
    """Delete Podcast

     Soft-deletes a podcast so it no longer appears in the get/list endpoints. Does not cancel in-flight
    generation or permanently remove files. Idempotent: deleting an already-deleted podcast succeeds.

    Args:
        podcast_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePodcastV3Response200 | DeletePodcastV3Response400 | DeletePodcastV3Response401 | DeletePodcastV3Response404 | DeletePodcastV3Response429
    """

    return sync_detailed(
        podcast_id=podcast_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    podcast_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
]:
    """Delete Podcast

     Soft-deletes a podcast so it no longer appears in the get/list endpoints. Does not cancel in-flight
    generation or permanently remove files. Idempotent: deleting an already-deleted podcast succeeds.

    Args:
        podcast_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletePodcastV3Response200 | DeletePodcastV3Response400 | DeletePodcastV3Response401 | DeletePodcastV3Response404 | DeletePodcastV3Response429]
    """

    kwargs = _get_kwargs(
        podcast_id=podcast_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    podcast_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeletePodcastV3Response200
    | DeletePodcastV3Response400
    | DeletePodcastV3Response401
    | DeletePodcastV3Response404
    | DeletePodcastV3Response429
    | None
):
    """Delete Podcast

     Soft-deletes a podcast so it no longer appears in the get/list endpoints. Does not cancel in-flight
    generation or permanently remove files. Idempotent: deleting an already-deleted podcast succeeds.

    Args:
        podcast_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletePodcastV3Response200 | DeletePodcastV3Response400 | DeletePodcastV3Response401 | DeletePodcastV3Response404 | DeletePodcastV3Response429
    """

    return (
        await asyncio_detailed(
            podcast_id=podcast_id,
            client=client,
        )
    ).parsed
