from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_video_scenes_v3_response_200 import GetVideoScenesV3Response200
from ...models.get_video_scenes_v3_response_400 import GetVideoScenesV3Response400
from ...models.get_video_scenes_v3_response_401 import GetVideoScenesV3Response401
from ...models.get_video_scenes_v3_response_404 import GetVideoScenesV3Response404
from ...models.get_video_scenes_v3_response_429 import GetVideoScenesV3Response429
from ...types import Response


def _get_kwargs(
    video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/videos/{video_id}/scenes".format(
            video_id=quote(str(video_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetVideoScenesV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetVideoScenesV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetVideoScenesV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetVideoScenesV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetVideoScenesV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
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
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
]:
    """Get Video Scenes

     Returns the video's scenes together with the video-level context needed to use them. Describes the
    video as it stands now, including any edits made in the editor after it was created. The scene list
    is never paginated.

    Each scene splits by the role a thing plays: `background` fills the frame, `elements` are placed
    within it, and `script` is the audio delivered over it. A whole-frame image or clip lands in
    `background`, so code that reads only `elements` misses it.

    Element types are an open set: treat an unrecognized type as an element to skip rather than an
    error, and expect a type value to become more specific over time. Every element a scene places
    appears in `elements`, so the count is always truthful, but only `avatar`, `image` and `video` are
    described in full; `group` and `mask` carry their children; the rest carry an `id` and a `type` and
    nothing more.

    **What this does not describe.** A video may contain more than this response expresses, and a video
    rebuilt from it will differ in these respects: element geometry (position, size, opacity); the text
    inside a text element; scene and element animations and scene effects; per-scene caption styling,
    where only whether captions are enabled is reported; background audio, which is video-level and
    belongs to no scene, so a rebuild loses the music; and some per-avatar values, which this version
    does not return.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoScenesV3Response200 | GetVideoScenesV3Response400 | GetVideoScenesV3Response401 | GetVideoScenesV3Response404 | GetVideoScenesV3Response429]
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
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
    | None
):
    """Get Video Scenes

     Returns the video's scenes together with the video-level context needed to use them. Describes the
    video as it stands now, including any edits made in the editor after it was created. The scene list
    is never paginated.

    Each scene splits by the role a thing plays: `background` fills the frame, `elements` are placed
    within it, and `script` is the audio delivered over it. A whole-frame image or clip lands in
    `background`, so code that reads only `elements` misses it.

    Element types are an open set: treat an unrecognized type as an element to skip rather than an
    error, and expect a type value to become more specific over time. Every element a scene places
    appears in `elements`, so the count is always truthful, but only `avatar`, `image` and `video` are
    described in full; `group` and `mask` carry their children; the rest carry an `id` and a `type` and
    nothing more.

    **What this does not describe.** A video may contain more than this response expresses, and a video
    rebuilt from it will differ in these respects: element geometry (position, size, opacity); the text
    inside a text element; scene and element animations and scene effects; per-scene caption styling,
    where only whether captions are enabled is reported; background audio, which is video-level and
    belongs to no scene, so a rebuild loses the music; and some per-avatar values, which this version
    does not return.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoScenesV3Response200 | GetVideoScenesV3Response400 | GetVideoScenesV3Response401 | GetVideoScenesV3Response404 | GetVideoScenesV3Response429
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
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
]:
    """Get Video Scenes

     Returns the video's scenes together with the video-level context needed to use them. Describes the
    video as it stands now, including any edits made in the editor after it was created. The scene list
    is never paginated.

    Each scene splits by the role a thing plays: `background` fills the frame, `elements` are placed
    within it, and `script` is the audio delivered over it. A whole-frame image or clip lands in
    `background`, so code that reads only `elements` misses it.

    Element types are an open set: treat an unrecognized type as an element to skip rather than an
    error, and expect a type value to become more specific over time. Every element a scene places
    appears in `elements`, so the count is always truthful, but only `avatar`, `image` and `video` are
    described in full; `group` and `mask` carry their children; the rest carry an `id` and a `type` and
    nothing more.

    **What this does not describe.** A video may contain more than this response expresses, and a video
    rebuilt from it will differ in these respects: element geometry (position, size, opacity); the text
    inside a text element; scene and element animations and scene effects; per-scene caption styling,
    where only whether captions are enabled is reported; background audio, which is video-level and
    belongs to no scene, so a rebuild loses the music; and some per-avatar values, which this version
    does not return.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVideoScenesV3Response200 | GetVideoScenesV3Response400 | GetVideoScenesV3Response401 | GetVideoScenesV3Response404 | GetVideoScenesV3Response429]
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
    GetVideoScenesV3Response200
    | GetVideoScenesV3Response400
    | GetVideoScenesV3Response401
    | GetVideoScenesV3Response404
    | GetVideoScenesV3Response429
    | None
):
    """Get Video Scenes

     Returns the video's scenes together with the video-level context needed to use them. Describes the
    video as it stands now, including any edits made in the editor after it was created. The scene list
    is never paginated.

    Each scene splits by the role a thing plays: `background` fills the frame, `elements` are placed
    within it, and `script` is the audio delivered over it. A whole-frame image or clip lands in
    `background`, so code that reads only `elements` misses it.

    Element types are an open set: treat an unrecognized type as an element to skip rather than an
    error, and expect a type value to become more specific over time. Every element a scene places
    appears in `elements`, so the count is always truthful, but only `avatar`, `image` and `video` are
    described in full; `group` and `mask` carry their children; the rest carry an `id` and a `type` and
    nothing more.

    **What this does not describe.** A video may contain more than this response expresses, and a video
    rebuilt from it will differ in these respects: element geometry (position, size, opacity); the text
    inside a text element; scene and element animations and scene effects; per-scene caption styling,
    where only whether captions are enabled is reported; background audio, which is video-level and
    belongs to no scene, so a rebuild loses the music; and some per-avatar values, which this version
    does not return.

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVideoScenesV3Response200 | GetVideoScenesV3Response400 | GetVideoScenesV3Response401 | GetVideoScenesV3Response404 | GetVideoScenesV3Response429
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
        )
    ).parsed
