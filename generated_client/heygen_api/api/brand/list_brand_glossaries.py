from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_brand_glossaries_response_200 import ListBrandGlossariesResponse200
from ...models.list_brand_glossaries_response_400 import ListBrandGlossariesResponse400
from ...models.list_brand_glossaries_response_401 import ListBrandGlossariesResponse401
from ...models.list_brand_glossaries_response_429 import ListBrandGlossariesResponse429
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
        "url": "/v3/brand-glossaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListBrandGlossariesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListBrandGlossariesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListBrandGlossariesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListBrandGlossariesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
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
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
]:
    """List Brand Glossaries

     List brand glossaries (custom term mappings, a.k.a. brand voices) in the authenticated user's
    workspace. A brand glossary controls how custom terms are pronounced in generated speech — for
    example, speaking "HeyGen" as "hey-jen" — and how they are handled when a video is translated: Don't
    Translate terms kept as-is, and Force Translate terms with a fixed replacement.

    Pass the returned `brand_glossary_id` when creating a video or translation to apply the glossary.
    Use GET /v3/brand-glossaries/{brand_glossary_id} to see which terms it remaps, POST /v3/brand-
    glossaries to create one, and PATCH /v3/brand-glossaries/{brand_glossary_id} to change one.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBrandGlossariesResponse200 | ListBrandGlossariesResponse400 | ListBrandGlossariesResponse401 | ListBrandGlossariesResponse429]
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
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
    | None
):
    """List Brand Glossaries

     List brand glossaries (custom term mappings, a.k.a. brand voices) in the authenticated user's
    workspace. A brand glossary controls how custom terms are pronounced in generated speech — for
    example, speaking "HeyGen" as "hey-jen" — and how they are handled when a video is translated: Don't
    Translate terms kept as-is, and Force Translate terms with a fixed replacement.

    Pass the returned `brand_glossary_id` when creating a video or translation to apply the glossary.
    Use GET /v3/brand-glossaries/{brand_glossary_id} to see which terms it remaps, POST /v3/brand-
    glossaries to create one, and PATCH /v3/brand-glossaries/{brand_glossary_id} to change one.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBrandGlossariesResponse200 | ListBrandGlossariesResponse400 | ListBrandGlossariesResponse401 | ListBrandGlossariesResponse429
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
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
]:
    """List Brand Glossaries

     List brand glossaries (custom term mappings, a.k.a. brand voices) in the authenticated user's
    workspace. A brand glossary controls how custom terms are pronounced in generated speech — for
    example, speaking "HeyGen" as "hey-jen" — and how they are handled when a video is translated: Don't
    Translate terms kept as-is, and Force Translate terms with a fixed replacement.

    Pass the returned `brand_glossary_id` when creating a video or translation to apply the glossary.
    Use GET /v3/brand-glossaries/{brand_glossary_id} to see which terms it remaps, POST /v3/brand-
    glossaries to create one, and PATCH /v3/brand-glossaries/{brand_glossary_id} to change one.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBrandGlossariesResponse200 | ListBrandGlossariesResponse400 | ListBrandGlossariesResponse401 | ListBrandGlossariesResponse429]
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
    ListBrandGlossariesResponse200
    | ListBrandGlossariesResponse400
    | ListBrandGlossariesResponse401
    | ListBrandGlossariesResponse429
    | None
):
    """List Brand Glossaries

     List brand glossaries (custom term mappings, a.k.a. brand voices) in the authenticated user's
    workspace. A brand glossary controls how custom terms are pronounced in generated speech — for
    example, speaking "HeyGen" as "hey-jen" — and how they are handled when a video is translated: Don't
    Translate terms kept as-is, and Force Translate terms with a fixed replacement.

    Pass the returned `brand_glossary_id` when creating a video or translation to apply the glossary.
    Use GET /v3/brand-glossaries/{brand_glossary_id} to see which terms it remaps, POST /v3/brand-
    glossaries to create one, and PATCH /v3/brand-glossaries/{brand_glossary_id} to change one.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBrandGlossariesResponse200 | ListBrandGlossariesResponse400 | ListBrandGlossariesResponse401 | ListBrandGlossariesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
