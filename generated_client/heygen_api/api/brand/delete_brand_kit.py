from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_brand_kit_response_200 import DeleteBrandKitResponse200
from ...models.delete_brand_kit_response_400 import DeleteBrandKitResponse400
from ...models.delete_brand_kit_response_401 import DeleteBrandKitResponse401
from ...models.delete_brand_kit_response_403 import DeleteBrandKitResponse403
from ...models.delete_brand_kit_response_404 import DeleteBrandKitResponse404
from ...models.delete_brand_kit_response_429 import DeleteBrandKitResponse429
from ...types import Response


def _get_kwargs(
    brand_kit_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/brand-kits/{brand_kit_id}".format(
            brand_kit_id=quote(str(brand_kit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteBrandKitResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteBrandKitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteBrandKitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteBrandKitResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteBrandKitResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteBrandKitResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
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
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
]:
    """Delete Brand Kit

     Deletes a brand kit, along with the colors, logos and fonts it holds.

    This cannot be undone: there is no way to restore a deleted brand kit through the API. A kit that is
    still assembling can be deleted at any time.

    Videos already generated with the kit are unaffected, since their brand colors were applied at
    render time. A video agent still configured with a deleted kit will report the id as invalid on its
    next use.

    A brand kit shared into your workspace by another workspace can be read but not deleted, and returns
    403.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteBrandKitResponse200 | DeleteBrandKitResponse400 | DeleteBrandKitResponse401 | DeleteBrandKitResponse403 | DeleteBrandKitResponse404 | DeleteBrandKitResponse429]
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
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
    | None
):
    """Delete Brand Kit

     Deletes a brand kit, along with the colors, logos and fonts it holds.

    This cannot be undone: there is no way to restore a deleted brand kit through the API. A kit that is
    still assembling can be deleted at any time.

    Videos already generated with the kit are unaffected, since their brand colors were applied at
    render time. A video agent still configured with a deleted kit will report the id as invalid on its
    next use.

    A brand kit shared into your workspace by another workspace can be read but not deleted, and returns
    403.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteBrandKitResponse200 | DeleteBrandKitResponse400 | DeleteBrandKitResponse401 | DeleteBrandKitResponse403 | DeleteBrandKitResponse404 | DeleteBrandKitResponse429
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
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
]:
    """Delete Brand Kit

     Deletes a brand kit, along with the colors, logos and fonts it holds.

    This cannot be undone: there is no way to restore a deleted brand kit through the API. A kit that is
    still assembling can be deleted at any time.

    Videos already generated with the kit are unaffected, since their brand colors were applied at
    render time. A video agent still configured with a deleted kit will report the id as invalid on its
    next use.

    A brand kit shared into your workspace by another workspace can be read but not deleted, and returns
    403.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteBrandKitResponse200 | DeleteBrandKitResponse400 | DeleteBrandKitResponse401 | DeleteBrandKitResponse403 | DeleteBrandKitResponse404 | DeleteBrandKitResponse429]
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
    DeleteBrandKitResponse200
    | DeleteBrandKitResponse400
    | DeleteBrandKitResponse401
    | DeleteBrandKitResponse403
    | DeleteBrandKitResponse404
    | DeleteBrandKitResponse429
    | None
):
    """Delete Brand Kit

     Deletes a brand kit, along with the colors, logos and fonts it holds.

    This cannot be undone: there is no way to restore a deleted brand kit through the API. A kit that is
    still assembling can be deleted at any time.

    Videos already generated with the kit are unaffected, since their brand colors were applied at
    render time. A video agent still configured with a deleted kit will report the id as invalid on its
    next use.

    A brand kit shared into your workspace by another workspace can be read but not deleted, and returns
    403.

    Args:
        brand_kit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteBrandKitResponse200 | DeleteBrandKitResponse400 | DeleteBrandKitResponse401 | DeleteBrandKitResponse403 | DeleteBrandKitResponse404 | DeleteBrandKitResponse429
    """

    return (
        await asyncio_detailed(
            brand_kit_id=brand_kit_id,
            client=client,
        )
    ).parsed
