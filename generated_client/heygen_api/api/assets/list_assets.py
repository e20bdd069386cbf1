from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assets_response_200 import ListAssetsResponse200
from ...models.list_assets_response_400 import ListAssetsResponse400
from ...models.list_assets_response_401 import ListAssetsResponse401
from ...models.list_assets_response_429 import ListAssetsResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str,
    limit: int | Unset = 20,
    token: str | Unset = "",
    folder_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["limit"] = limit

    params["token"] = token

    params["folder_id"] = folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListAssetsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAssetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAssetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListAssetsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
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
    username: str,
    limit: int | Unset = 20,
    token: str | Unset = "",
    folder_id: str | Unset = UNSET,
) -> Response[
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
]:
    """List Assets

     **Beta** — this endpoint may change with a few days' notice. Lists a workspace member's uploaded
    assets, newest first, with cursor-based pagination. Returns the same asset objects as GET
    /v3/assets/{asset_id}. The 'username' parameter (the 'owner' value on asset items) is required while
    the endpoint is in beta and will become an optional filter in a future release. Results are that
    member's non-deleted assets, across all folders, that the caller has access to — each item carries
    'owner' and 'folder_id'. Pass the optional folder_id to narrow to one folder (empty folder_id =
    root-level assets); omit it for everything.

    Args:
        username (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):  Default: ''.
        folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssetsResponse200 | ListAssetsResponse400 | ListAssetsResponse401 | ListAssetsResponse429]
    """

    kwargs = _get_kwargs(
        username=username,
        limit=limit,
        token=token,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    username: str,
    limit: int | Unset = 20,
    token: str | Unset = "",
    folder_id: str | Unset = UNSET,
) -> (
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
    | None
):
    """List Assets

     **Beta** — this endpoint may change with a few days' notice. Lists a workspace member's uploaded
    assets, newest first, with cursor-based pagination. Returns the same asset objects as GET
    /v3/assets/{asset_id}. The 'username' parameter (the 'owner' value on asset items) is required while
    the endpoint is in beta and will become an optional filter in a future release. Results are that
    member's non-deleted assets, across all folders, that the caller has access to — each item carries
    'owner' and 'folder_id'. Pass the optional folder_id to narrow to one folder (empty folder_id =
    root-level assets); omit it for everything.

    Args:
        username (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):  Default: ''.
        folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssetsResponse200 | ListAssetsResponse400 | ListAssetsResponse401 | ListAssetsResponse429
    """

    return sync_detailed(
        client=client,
        username=username,
        limit=limit,
        token=token,
        folder_id=folder_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    username: str,
    limit: int | Unset = 20,
    token: str | Unset = "",
    folder_id: str | Unset = UNSET,
) -> Response[
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
]:
    """List Assets

     **Beta** — this endpoint may change with a few days' notice. Lists a workspace member's uploaded
    assets, newest first, with cursor-based pagination. Returns the same asset objects as GET
    /v3/assets/{asset_id}. The 'username' parameter (the 'owner' value on asset items) is required while
    the endpoint is in beta and will become an optional filter in a future release. Results are that
    member's non-deleted assets, across all folders, that the caller has access to — each item carries
    'owner' and 'folder_id'. Pass the optional folder_id to narrow to one folder (empty folder_id =
    root-level assets); omit it for everything.

    Args:
        username (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):  Default: ''.
        folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssetsResponse200 | ListAssetsResponse400 | ListAssetsResponse401 | ListAssetsResponse429]
    """

    kwargs = _get_kwargs(
        username=username,
        limit=limit,
        token=token,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    username: str,
    limit: int | Unset = 20,
    token: str | Unset = "",
    folder_id: str | Unset = UNSET,
) -> (
    ListAssetsResponse200
    | ListAssetsResponse400
    | ListAssetsResponse401
    | ListAssetsResponse429
    | None
):
    """List Assets

     **Beta** — this endpoint may change with a few days' notice. Lists a workspace member's uploaded
    assets, newest first, with cursor-based pagination. Returns the same asset objects as GET
    /v3/assets/{asset_id}. The 'username' parameter (the 'owner' value on asset items) is required while
    the endpoint is in beta and will become an optional filter in a future release. Results are that
    member's non-deleted assets, across all folders, that the caller has access to — each item carries
    'owner' and 'folder_id'. Pass the optional folder_id to narrow to one folder (empty folder_id =
    root-level assets); omit it for everything.

    Args:
        username (str):
        limit (int | Unset):  Default: 20.
        token (str | Unset):  Default: ''.
        folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssetsResponse200 | ListAssetsResponse400 | ListAssetsResponse401 | ListAssetsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            limit=limit,
            token=token,
            folder_id=folder_id,
        )
    ).parsed
