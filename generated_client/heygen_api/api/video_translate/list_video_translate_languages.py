from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_translate_languages_response_200 import (
    ListVideoTranslateLanguagesResponse200,
)
from ...models.list_video_translate_languages_response_400 import (
    ListVideoTranslateLanguagesResponse400,
)
from ...models.list_video_translate_languages_response_401 import (
    ListVideoTranslateLanguagesResponse401,
)
from ...models.list_video_translate_languages_response_429 import (
    ListVideoTranslateLanguagesResponse429,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/video_translate/target_languages",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideoTranslateLanguagesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideoTranslateLanguagesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVideoTranslateLanguagesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListVideoTranslateLanguagesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
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
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
]:
    """List video translate languages

     List all supported target language codes for video translation. Call this before
    create_video_translate to validate language choices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslateLanguagesResponse200 | ListVideoTranslateLanguagesResponse400 | ListVideoTranslateLanguagesResponse401 | ListVideoTranslateLanguagesResponse429]
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
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
    | None
):
    """List video translate languages

     List all supported target language codes for video translation. Call this before
    create_video_translate to validate language choices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslateLanguagesResponse200 | ListVideoTranslateLanguagesResponse400 | ListVideoTranslateLanguagesResponse401 | ListVideoTranslateLanguagesResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
]:
    """List video translate languages

     List all supported target language codes for video translation. Call this before
    create_video_translate to validate language choices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslateLanguagesResponse200 | ListVideoTranslateLanguagesResponse400 | ListVideoTranslateLanguagesResponse401 | ListVideoTranslateLanguagesResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListVideoTranslateLanguagesResponse200
    | ListVideoTranslateLanguagesResponse400
    | ListVideoTranslateLanguagesResponse401
    | ListVideoTranslateLanguagesResponse429
    | None
):
    """List video translate languages

     List all supported target language codes for video translation. Call this before
    create_video_translate to validate language choices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslateLanguagesResponse200 | ListVideoTranslateLanguagesResponse400 | ListVideoTranslateLanguagesResponse401 | ListVideoTranslateLanguagesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
