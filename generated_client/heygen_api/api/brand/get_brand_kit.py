from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_brand_kit_response_200 import GetBrandKitResponse200
from ...models.get_brand_kit_response_400 import GetBrandKitResponse400
from ...models.get_brand_kit_response_401 import GetBrandKitResponse401
from ...models.get_brand_kit_response_404 import GetBrandKitResponse404
from ...models.get_brand_kit_response_429 import GetBrandKitResponse429
from ...types import Response


def _get_kwargs(
    brand_kit_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brand-kits/{brand_kit_id}".format(
            brand_kit_id=quote(str(brand_kit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetBrandKitResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetBrandKitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetBrandKitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetBrandKitResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetBrandKitResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
]:
    """Get Brand Kit

     Returns one brand kit with the colors, logos and fonts it was built from, and which of them play
    which role. A brand kit imported from a website is assembled in the background: while status is
    'loading' the collections and roles are provisional, and they are final once status is 'completed'.
    Poll every 2 to 5 seconds while status is 'loading'; a website import usually settles in under two
    minutes, and fonts are typically the last thing to land.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrandKitResponse200 | GetBrandKitResponse400 | GetBrandKitResponse401 | GetBrandKitResponse404 | GetBrandKitResponse429]
    """

    kwargs = _get_kwargs(
        brand_kit_id=brand_kit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
    | None
):
    """Get Brand Kit

     Returns one brand kit with the colors, logos and fonts it was built from, and which of them play
    which role. A brand kit imported from a website is assembled in the background: while status is
    'loading' the collections and roles are provisional, and they are final once status is 'completed'.
    Poll every 2 to 5 seconds while status is 'loading'; a website import usually settles in under two
    minutes, and fonts are typically the last thing to land.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrandKitResponse200 | GetBrandKitResponse400 | GetBrandKitResponse401 | GetBrandKitResponse404 | GetBrandKitResponse429
    """

    return sync_detailed(
        brand_kit_id=brand_kit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
]:
    """Get Brand Kit

     Returns one brand kit with the colors, logos and fonts it was built from, and which of them play
    which role. A brand kit imported from a website is assembled in the background: while status is
    'loading' the collections and roles are provisional, and they are final once status is 'completed'.
    Poll every 2 to 5 seconds while status is 'loading'; a website import usually settles in under two
    minutes, and fonts are typically the last thing to land.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrandKitResponse200 | GetBrandKitResponse400 | GetBrandKitResponse401 | GetBrandKitResponse404 | GetBrandKitResponse429]
    """

    kwargs = _get_kwargs(
        brand_kit_id=brand_kit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetBrandKitResponse200
    | GetBrandKitResponse400
    | GetBrandKitResponse401
    | GetBrandKitResponse404
    | GetBrandKitResponse429
    | None
):
    """Get Brand Kit

     Returns one brand kit with the colors, logos and fonts it was built from, and which of them play
    which role. A brand kit imported from a website is assembled in the background: while status is
    'loading' the collections and roles are provisional, and they are final once status is 'completed'.
    Poll every 2 to 5 seconds while status is 'loading'; a website import usually settles in under two
    minutes, and fonts are typically the last thing to land.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrandKitResponse200 | GetBrandKitResponse400 | GetBrandKitResponse401 | GetBrandKitResponse404 | GetBrandKitResponse429
    """

    return (
        await asyncio_detailed(
            brand_kit_id=brand_kit_id,
            client=client,
        )
    ).parsed
