from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_video_translation_request import UpdateVideoTranslationRequest
from ...models.update_video_translation_v3_response_200 import (
    UpdateVideoTranslationV3Response200,
)
from ...models.update_video_translation_v3_response_400 import (
    UpdateVideoTranslationV3Response400,
)
from ...models.update_video_translation_v3_response_401 import (
    UpdateVideoTranslationV3Response401,
)
from ...models.update_video_translation_v3_response_404 import (
    UpdateVideoTranslationV3Response404,
)
from ...models.update_video_translation_v3_response_429 import (
    UpdateVideoTranslationV3Response429,
)
from ...types import Response


def _get_kwargs(
    video_translation_id: str,
    *,
    body: UpdateVideoTranslationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/video-translations/{video_translation_id}".format(
            video_translation_id=quote(str(video_translation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateVideoTranslationV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateVideoTranslationV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateVideoTranslationV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateVideoTranslationV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = UpdateVideoTranslationV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
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
    body: UpdateVideoTranslationRequest,
) -> Response[
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
]:
    """Update Video Translation

     Updates the display title of a video translation job.

    Args:
        video_translation_id (str):
        body (UpdateVideoTranslationRequest): Request body for PATCH /v3/video-translations/{id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateVideoTranslationV3Response200 | UpdateVideoTranslationV3Response400 | UpdateVideoTranslationV3Response401 | UpdateVideoTranslationV3Response404 | UpdateVideoTranslationV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_id=video_translation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateVideoTranslationRequest,
) -> (
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
    | None
):
    """Update Video Translation

     Updates the display title of a video translation job.

    Args:
        video_translation_id (str):
        body (UpdateVideoTranslationRequest): Request body for PATCH /v3/video-translations/{id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateVideoTranslationV3Response200 | UpdateVideoTranslationV3Response400 | UpdateVideoTranslationV3Response401 | UpdateVideoTranslationV3Response404 | UpdateVideoTranslationV3Response429
    """

    return sync_detailed(
        video_translation_id=video_translation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateVideoTranslationRequest,
) -> Response[
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
]:
    """Update Video Translation

     Updates the display title of a video translation job.

    Args:
        video_translation_id (str):
        body (UpdateVideoTranslationRequest): Request body for PATCH /v3/video-translations/{id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateVideoTranslationV3Response200 | UpdateVideoTranslationV3Response400 | UpdateVideoTranslationV3Response401 | UpdateVideoTranslationV3Response404 | UpdateVideoTranslationV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_id=video_translation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_translation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateVideoTranslationRequest,
) -> (
    UpdateVideoTranslationV3Response200
    | UpdateVideoTranslationV3Response400
    | UpdateVideoTranslationV3Response401
    | UpdateVideoTranslationV3Response404
    | UpdateVideoTranslationV3Response429
    | None
):
    """Update Video Translation

     Updates the display title of a video translation job.

    Args:
        video_translation_id (str):
        body (UpdateVideoTranslationRequest): Request body for PATCH /v3/video-translations/{id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateVideoTranslationV3Response200 | UpdateVideoTranslationV3Response400 | UpdateVideoTranslationV3Response401 | UpdateVideoTranslationV3Response404 | UpdateVideoTranslationV3Response429
    """

    return (
        await asyncio_detailed(
            video_translation_id=video_translation_id,
            client=client,
            body=body,
        )
    ).parsed
