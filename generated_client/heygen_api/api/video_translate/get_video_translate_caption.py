from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_video_translate_caption_caption_type import (
    GetVideoTranslateCaptionCaptionType,
)
from ...models.get_video_translate_caption_response_200 import (
    GetVideoTranslateCaptionResponse200,
)
from ...models.get_video_translate_caption_response_400 import (
    GetVideoTranslateCaptionResponse400,
)
from ...models.get_video_translate_caption_response_401 import (
    GetVideoTranslateCaptionResponse401,
)
from ...models.get_video_translate_caption_response_429 import (
    GetVideoTranslateCaptionResponse429,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    video_translate_id: str,
    caption_type: GetVideoTranslateCaptionCaptionType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["video_translate_id"] = video_translate_id

    json_caption_type = caption_type.value
    params["caption_type"] = json_caption_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/video_translate/caption",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetVideoTranslateCaptionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoTranslateCaptionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoTranslateCaptionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = GetVideoTranslateCaptionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    video_translate_id: str,
    caption_type: GetVideoTranslateCaptionCaptionType,
) -> Response[
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
]:
    """Get video translate caption

     Get the caption file (SRT or VTT format) for a completed video translation. The translation must
    have status "completed" — use get_video to check status first. Requires enable_caption=true when
    creating the translation.

    Args:
        video_translate_id (str):
        caption_type (GetVideoTranslateCaptionCaptionType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoTranslateCaptionResponse200 | GetVideoTranslateCaptionResponse400 | GetVideoTranslateCaptionResponse401 | GetVideoTranslateCaptionResponse429]
    """

    kwargs = _get_kwargs(
        video_translate_id=video_translate_id,
        caption_type=caption_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    video_translate_id: str,
    caption_type: GetVideoTranslateCaptionCaptionType,
) -> (
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
    | None
):
    """Get video translate caption

     Get the caption file (SRT or VTT format) for a completed video translation. The translation must
    have status "completed" — use get_video to check status first. Requires enable_caption=true when
    creating the translation.

    Args:
        video_translate_id (str):
        caption_type (GetVideoTranslateCaptionCaptionType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoTranslateCaptionResponse200 | GetVideoTranslateCaptionResponse400 | GetVideoTranslateCaptionResponse401 | GetVideoTranslateCaptionResponse429
    """

    return sync_detailed(
        client=client,
        video_translate_id=video_translate_id,
        caption_type=caption_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    video_translate_id: str,
    caption_type: GetVideoTranslateCaptionCaptionType,
) -> Response[
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
]:
    """Get video translate caption

     Get the caption file (SRT or VTT format) for a completed video translation. The translation must
    have status "completed" — use get_video to check status first. Requires enable_caption=true when
    creating the translation.

    Args:
        video_translate_id (str):
        caption_type (GetVideoTranslateCaptionCaptionType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoTranslateCaptionResponse200 | GetVideoTranslateCaptionResponse400 | GetVideoTranslateCaptionResponse401 | GetVideoTranslateCaptionResponse429]
    """

    kwargs = _get_kwargs(
        video_translate_id=video_translate_id,
        caption_type=caption_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    video_translate_id: str,
    caption_type: GetVideoTranslateCaptionCaptionType,
) -> (
    GetVideoTranslateCaptionResponse200
    | GetVideoTranslateCaptionResponse400
    | GetVideoTranslateCaptionResponse401
    | GetVideoTranslateCaptionResponse429
    | None
):
    """Get video translate caption

     Get the caption file (SRT or VTT format) for a completed video translation. The translation must
    have status "completed" — use get_video to check status first. Requires enable_caption=true when
    creating the translation.

    Args:
        video_translate_id (str):
        caption_type (GetVideoTranslateCaptionCaptionType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoTranslateCaptionResponse200 | GetVideoTranslateCaptionResponse400 | GetVideoTranslateCaptionResponse401 | GetVideoTranslateCaptionResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            video_translate_id=video_translate_id,
            caption_type=caption_type,
        )
    ).parsed
