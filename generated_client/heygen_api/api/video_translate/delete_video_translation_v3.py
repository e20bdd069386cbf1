from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_video_translation_v3_response_200 import (
    DeleteVideoTranslationV3Response200,
)
from ...models.delete_video_translation_v3_response_400 import (
    DeleteVideoTranslationV3Response400,
)
from ...models.delete_video_translation_v3_response_401 import (
    DeleteVideoTranslationV3Response401,
)
from ...models.delete_video_translation_v3_response_404 import (
    DeleteVideoTranslationV3Response404,
)
from ...models.delete_video_translation_v3_response_429 import (
    DeleteVideoTranslationV3Response429,
)
from ...types import Response


def _get_kwargs(
    video_translation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/video-translations/{video_translation_id}".format(
            video_translation_id=quote(str(video_translation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteVideoTranslationV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteVideoTranslationV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteVideoTranslationV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteVideoTranslationV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteVideoTranslationV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
]:
    """Delete Video Translation

     Permanently deletes a video translation and its associated files. This action cannot be undone.

    Args:
        video_translation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideoTranslationV3Response200 | DeleteVideoTranslationV3Response400 | DeleteVideoTranslationV3Response401 | DeleteVideoTranslationV3Response404 | DeleteVideoTranslationV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_id=video_translation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
    | None
):
    """Delete Video Translation

     Permanently deletes a video translation and its associated files. This action cannot be undone.

    Args:
        video_translation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideoTranslationV3Response200 | DeleteVideoTranslationV3Response400 | DeleteVideoTranslationV3Response401 | DeleteVideoTranslationV3Response404 | DeleteVideoTranslationV3Response429
    """

    return sync_detailed(
        video_translation_id=video_translation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
]:
    """Delete Video Translation

     Permanently deletes a video translation and its associated files. This action cannot be undone.

    Args:
        video_translation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVideoTranslationV3Response200 | DeleteVideoTranslationV3Response400 | DeleteVideoTranslationV3Response401 | DeleteVideoTranslationV3Response404 | DeleteVideoTranslationV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_id=video_translation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVideoTranslationV3Response200
    | DeleteVideoTranslationV3Response400
    | DeleteVideoTranslationV3Response401
    | DeleteVideoTranslationV3Response404
    | DeleteVideoTranslationV3Response429
    | None
):
    """Delete Video Translation

     Permanently deletes a video translation and its associated files. This action cannot be undone.

    Args:
        video_translation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVideoTranslationV3Response200 | DeleteVideoTranslationV3Response400 | DeleteVideoTranslationV3Response401 | DeleteVideoTranslationV3Response404 | DeleteVideoTranslationV3Response429
    """

    return (
        await asyncio_detailed(
            video_translation_id=video_translation_id,
            client=client,
        )
    ).parsed
