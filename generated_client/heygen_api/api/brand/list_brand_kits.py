from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_brand_kits_response_200 import ListBrandKitsResponse200
from ...models.list_brand_kits_response_400 import ListBrandKitsResponse400
from ...models.list_brand_kits_response_401 import ListBrandKitsResponse401
from ...models.list_brand_kits_response_429 import ListBrandKitsResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brand-kits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListBrandKitsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBrandKitsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBrandKitsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListBrandKitsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
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
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
]:
    """List Brand Kits

     Returns brand kits available in the authenticated user's workspace. Each brand kit contains colors,
    fonts, and logos that can be applied to Video Agent sessions. Use the returned brand_kit_id with
    POST /v3/video-agents to generate on-brand videos.

    Args:
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBrandKitsResponse200 | ListBrandKitsResponse400 | ListBrandKitsResponse401 | ListBrandKitsResponse429]
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
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
    | None
):
    """List Brand Kits

     Returns brand kits available in the authenticated user's workspace. Each brand kit contains colors,
    fonts, and logos that can be applied to Video Agent sessions. Use the returned brand_kit_id with
    POST /v3/video-agents to generate on-brand videos.

    Args:
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBrandKitsResponse200 | ListBrandKitsResponse400 | ListBrandKitsResponse401 | ListBrandKitsResponse429
    """

    return sync_detailed(
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
]:
    """List Brand Kits

     Returns brand kits available in the authenticated user's workspace. Each brand kit contains colors,
    fonts, and logos that can be applied to Video Agent sessions. Use the returned brand_kit_id with
    POST /v3/video-agents to generate on-brand videos.

    Args:
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBrandKitsResponse200 | ListBrandKitsResponse400 | ListBrandKitsResponse401 | ListBrandKitsResponse429]
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
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListBrandKitsResponse200
    | ListBrandKitsResponse400
    | ListBrandKitsResponse401
    | ListBrandKitsResponse429
    | None
):
    """List Brand Kits

     Returns brand kits available in the authenticated user's workspace. Each brand kit contains colors,
    fonts, and logos that can be applied to Video Agent sessions. Use the returned brand_kit_id with
    POST /v3/video-agents to generate on-brand videos.

    Args:
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBrandKitsResponse200 | ListBrandKitsResponse400 | ListBrandKitsResponse401 | ListBrandKitsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
