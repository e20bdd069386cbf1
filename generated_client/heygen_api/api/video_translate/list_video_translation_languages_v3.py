from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_translation_languages_v3_response_200 import (
    ListVideoTranslationLanguagesV3Response200,
)
from ...models.list_video_translation_languages_v3_response_400 import (
    ListVideoTranslationLanguagesV3Response400,
)
from ...models.list_video_translation_languages_v3_response_401 import (
    ListVideoTranslationLanguagesV3Response401,
)
from ...models.list_video_translation_languages_v3_response_429 import (
    ListVideoTranslationLanguagesV3Response429,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-translations/languages",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideoTranslationLanguagesV3Response200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ListVideoTranslationLanguagesV3Response400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ListVideoTranslationLanguagesV3Response401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 429:
        response_429 = ListVideoTranslationLanguagesV3Response429.from_dict(
            response.json()
        )

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
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
) -> Response[
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
]:
    """List Supported Translation Languages

     Returns all supported target language names for video translation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslationLanguagesV3Response200 | ListVideoTranslationLanguagesV3Response400 | ListVideoTranslationLanguagesV3Response401 | ListVideoTranslationLanguagesV3Response429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
    | None
):
    """List Supported Translation Languages

     Returns all supported target language names for video translation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslationLanguagesV3Response200 | ListVideoTranslationLanguagesV3Response400 | ListVideoTranslationLanguagesV3Response401 | ListVideoTranslationLanguagesV3Response429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
]:
    """List Supported Translation Languages

     Returns all supported target language names for video translation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslationLanguagesV3Response200 | ListVideoTranslationLanguagesV3Response400 | ListVideoTranslationLanguagesV3Response401 | ListVideoTranslationLanguagesV3Response429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListVideoTranslationLanguagesV3Response200
    | ListVideoTranslationLanguagesV3Response400
    | ListVideoTranslationLanguagesV3Response401
    | ListVideoTranslationLanguagesV3Response429
    | None
):
    """List Supported Translation Languages

     Returns all supported target language names for video translation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslationLanguagesV3Response200 | ListVideoTranslationLanguagesV3Response400 | ListVideoTranslationLanguagesV3Response401 | ListVideoTranslationLanguagesV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
