from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_assets_response_200 import SearchAssetsResponse200
from ...models.search_assets_response_400 import SearchAssetsResponse400
from ...models.search_assets_response_401 import SearchAssetsResponse401
from ...models.search_assets_response_429 import SearchAssetsResponse429
from ...models.search_assets_scope import SearchAssetsScope
from ...models.search_assets_type import SearchAssetsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
    type_: SearchAssetsType,
    scope: SearchAssetsScope | Unset = SearchAssetsScope.PUBLIC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["limit"] = limit

    params["token"] = token

    json_type_ = type_.value
    params["type"] = json_type_

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/assets/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = SearchAssetsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchAssetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SearchAssetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SearchAssetsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
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
    query: str,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
    type_: SearchAssetsType,
    scope: SearchAssetsScope | Unset = SearchAssetsScope.PUBLIC,
) -> Response[
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
]:
    """Search assets (images and icons)

     Semantically search re-hosted public images and icons by natural-language description, e.g.
    'pepperoni pizza on a wooden table' or 'minimalist rocket icon'. Returns assets ranked by
    similarity, each with a stable public URL, plus cursor-based pagination.

    Args:
        query (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):
        type_ (SearchAssetsType):
        scope (SearchAssetsScope | Unset):  Default: SearchAssetsScope.PUBLIC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAssetsResponse200 | SearchAssetsResponse400 | SearchAssetsResponse401 | SearchAssetsResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        token=token,
        type_=type_,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
    type_: SearchAssetsType,
    scope: SearchAssetsScope | Unset = SearchAssetsScope.PUBLIC,
) -> (
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
    | None
):
    """Search assets (images and icons)

     Semantically search re-hosted public images and icons by natural-language description, e.g.
    'pepperoni pizza on a wooden table' or 'minimalist rocket icon'. Returns assets ranked by
    similarity, each with a stable public URL, plus cursor-based pagination.

    Args:
        query (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):
        type_ (SearchAssetsType):
        scope (SearchAssetsScope | Unset):  Default: SearchAssetsScope.PUBLIC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAssetsResponse200 | SearchAssetsResponse400 | SearchAssetsResponse401 | SearchAssetsResponse429
    """

    return sync_detailed(
        client=client,
        query=query,
        limit=limit,
        token=token,
        type_=type_,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
    type_: SearchAssetsType,
    scope: SearchAssetsScope | Unset = SearchAssetsScope.PUBLIC,
) -> Response[
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
]:
    """Search assets (images and icons)

     Semantically search re-hosted public images and icons by natural-language description, e.g.
    'pepperoni pizza on a wooden table' or 'minimalist rocket icon'. Returns assets ranked by
    similarity, each with a stable public URL, plus cursor-based pagination.

    Args:
        query (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):
        type_ (SearchAssetsType):
        scope (SearchAssetsScope | Unset):  Default: SearchAssetsScope.PUBLIC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAssetsResponse200 | SearchAssetsResponse400 | SearchAssetsResponse401 | SearchAssetsResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        limit=limit,
        token=token,
        type_=type_,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
    type_: SearchAssetsType,
    scope: SearchAssetsScope | Unset = SearchAssetsScope.PUBLIC,
) -> (
    SearchAssetsResponse200
    | SearchAssetsResponse400
    | SearchAssetsResponse401
    | SearchAssetsResponse429
    | None
):
    """Search assets (images and icons)

     Semantically search re-hosted public images and icons by natural-language description, e.g.
    'pepperoni pizza on a wooden table' or 'minimalist rocket icon'. Returns assets ranked by
    similarity, each with a stable public URL, plus cursor-based pagination.

    Args:
        query (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):
        type_ (SearchAssetsType):
        scope (SearchAssetsScope | Unset):  Default: SearchAssetsScope.PUBLIC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAssetsResponse200 | SearchAssetsResponse400 | SearchAssetsResponse401 | SearchAssetsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            limit=limit,
            token=token,
            type_=type_,
            scope=scope,
        )
    ).parsed
