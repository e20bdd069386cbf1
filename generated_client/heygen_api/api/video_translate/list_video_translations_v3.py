from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_translations_v3_response_200 import (
    ListVideoTranslationsV3Response200,
)
from ...models.list_video_translations_v3_response_400 import (
    ListVideoTranslationsV3Response400,
)
from ...models.list_video_translations_v3_response_401 import (
    ListVideoTranslationsV3Response401,
)
from ...models.list_video_translations_v3_response_429 import (
    ListVideoTranslationsV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-translations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideoTranslationsV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideoTranslationsV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVideoTranslationsV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListVideoTranslationsV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
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
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
]:
    """List Video Translations

     Returns a paginated list of all video translation jobs in the account.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslationsV3Response200 | ListVideoTranslationsV3Response400 | ListVideoTranslationsV3Response401 | ListVideoTranslationsV3Response429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
    | None
):
    """List Video Translations

     Returns a paginated list of all video translation jobs in the account.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslationsV3Response200 | ListVideoTranslationsV3Response400 | ListVideoTranslationsV3Response401 | ListVideoTranslationsV3Response429
    """

    return sync_detailed(
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
]:
    """List Video Translations

     Returns a paginated list of all video translation jobs in the account.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoTranslationsV3Response200 | ListVideoTranslationsV3Response400 | ListVideoTranslationsV3Response401 | ListVideoTranslationsV3Response429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListVideoTranslationsV3Response200
    | ListVideoTranslationsV3Response400
    | ListVideoTranslationsV3Response401
    | ListVideoTranslationsV3Response429
    | None
):
    """List Video Translations

     Returns a paginated list of all video translation jobs in the account.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoTranslationsV3Response200 | ListVideoTranslationsV3Response400 | ListVideoTranslationsV3Response401 | ListVideoTranslationsV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
