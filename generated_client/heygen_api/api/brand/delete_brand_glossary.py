from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_brand_glossary_response_200 import DeleteBrandGlossaryResponse200
from ...models.delete_brand_glossary_response_400 import DeleteBrandGlossaryResponse400
from ...models.delete_brand_glossary_response_401 import DeleteBrandGlossaryResponse401
from ...models.delete_brand_glossary_response_404 import DeleteBrandGlossaryResponse404
from ...models.delete_brand_glossary_response_429 import DeleteBrandGlossaryResponse429
from ...types import Response


def _get_kwargs(
    brand_glossary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/brand-glossaries/{brand_glossary_id}".format(
            brand_glossary_id=quote(str(brand_glossary_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteBrandGlossaryResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteBrandGlossaryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteBrandGlossaryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteBrandGlossaryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteBrandGlossaryResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
]:
    """Delete Brand Glossary

     Deletes a brand glossary.

    This cannot be undone: there is no way to restore a deleted brand glossary through the API.

    The glossary stops being returned by this API at once, and stops applying: neither its pronunciation
    terms nor its translation rules affect anything generated afterwards.

    Videos already generated with the glossary are unaffected, since their audio was synthesized at the
    time. A video or translation still configured with a deleted glossary keeps working rather than
    failing.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteBrandGlossaryResponse200 | DeleteBrandGlossaryResponse400 | DeleteBrandGlossaryResponse401 | DeleteBrandGlossaryResponse404 | DeleteBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
    | None
):
    """Delete Brand Glossary

     Deletes a brand glossary.

    This cannot be undone: there is no way to restore a deleted brand glossary through the API.

    The glossary stops being returned by this API at once, and stops applying: neither its pronunciation
    terms nor its translation rules affect anything generated afterwards.

    Videos already generated with the glossary are unaffected, since their audio was synthesized at the
    time. A video or translation still configured with a deleted glossary keeps working rather than
    failing.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteBrandGlossaryResponse200 | DeleteBrandGlossaryResponse400 | DeleteBrandGlossaryResponse401 | DeleteBrandGlossaryResponse404 | DeleteBrandGlossaryResponse429
    """

    return sync_detailed(
        brand_glossary_id=brand_glossary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
]:
    """Delete Brand Glossary

     Deletes a brand glossary.

    This cannot be undone: there is no way to restore a deleted brand glossary through the API.

    The glossary stops being returned by this API at once, and stops applying: neither its pronunciation
    terms nor its translation rules affect anything generated afterwards.

    Videos already generated with the glossary are unaffected, since their audio was synthesized at the
    time. A video or translation still configured with a deleted glossary keeps working rather than
    failing.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteBrandGlossaryResponse200 | DeleteBrandGlossaryResponse400 | DeleteBrandGlossaryResponse401 | DeleteBrandGlossaryResponse404 | DeleteBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteBrandGlossaryResponse200
    | DeleteBrandGlossaryResponse400
    | DeleteBrandGlossaryResponse401
    | DeleteBrandGlossaryResponse404
    | DeleteBrandGlossaryResponse429
    | None
):
    """Delete Brand Glossary

     Deletes a brand glossary.

    This cannot be undone: there is no way to restore a deleted brand glossary through the API.

    The glossary stops being returned by this API at once, and stops applying: neither its pronunciation
    terms nor its translation rules affect anything generated afterwards.

    Videos already generated with the glossary are unaffected, since their audio was synthesized at the
    time. A video or translation still configured with a deleted glossary keeps working rather than
    failing.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteBrandGlossaryResponse200 | DeleteBrandGlossaryResponse400 | DeleteBrandGlossaryResponse401 | DeleteBrandGlossaryResponse404 | DeleteBrandGlossaryResponse429
    """

    return (
        await asyncio_detailed(
            brand_glossary_id=brand_glossary_id,
            client=client,
        )
    ).parsed
