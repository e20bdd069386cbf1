from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_video_response_200 import DeleteVideoResponse200
from ...models.delete_video_response_400 import DeleteVideoResponse400
from ...models.delete_video_response_401 import DeleteVideoResponse401
from ...models.delete_video_response_404 import DeleteVideoResponse404
from ...models.delete_video_response_429 import DeleteVideoResponse429
from ...types import Response


def _get_kwargs(
    video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/videos/{video_id}".format(
            video_id=quote(str(video_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteVideoResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteVideoResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteVideoResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteVideoResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteVideoResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
]:
    """Delete a video

     Permanently delete a video. Supports both generated and translated videos.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideoResponse200 | DeleteVideoResponse400 | DeleteVideoResponse401 | DeleteVideoResponse404 | DeleteVideoResponse429]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
    | None
):
    """Delete a video

     Permanently delete a video. Supports both generated and translated videos.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideoResponse200 | DeleteVideoResponse400 | DeleteVideoResponse401 | DeleteVideoResponse404 | DeleteVideoResponse429
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
]:
    """Delete a video

     Permanently delete a video. Supports both generated and translated videos.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideoResponse200 | DeleteVideoResponse400 | DeleteVideoResponse401 | DeleteVideoResponse404 | DeleteVideoResponse429]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVideoResponse200
    | DeleteVideoResponse400
    | DeleteVideoResponse401
    | DeleteVideoResponse404
    | DeleteVideoResponse429
    | None
):
    """Delete a video

     Permanently delete a video. Supports both generated and translated videos.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideoResponse200 | DeleteVideoResponse400 | DeleteVideoResponse401 | DeleteVideoResponse404 | DeleteVideoResponse429
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
        )
    ).parsed
