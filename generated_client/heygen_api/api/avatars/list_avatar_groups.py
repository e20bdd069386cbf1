from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_avatar_groups_ownership import ListAvatarGroupsOwnership
from ...models.list_avatar_groups_response_200 import ListAvatarGroupsResponse200
from ...models.list_avatar_groups_response_400 import ListAvatarGroupsResponse400
from ...models.list_avatar_groups_response_401 import ListAvatarGroupsResponse401
from ...models.list_avatar_groups_response_429 import ListAvatarGroupsResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ownership: ListAvatarGroupsOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ownership: str | Unset = UNSET
    if not isinstance(ownership, Unset):
        json_ownership = ownership.value

    params["ownership"] = json_ownership

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatars",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListAvatarGroupsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAvatarGroupsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAvatarGroupsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListAvatarGroupsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
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
    ownership: ListAvatarGroupsOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
]:
    """List Avatar Groups

     Returns a paginated list of avatar groups (characters). Each group contains one or more looks.
    Filterable by ownership.

    Args:
        ownership (ListAvatarGroupsOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvatarGroupsResponse200 | ListAvatarGroupsResponse400 | ListAvatarGroupsResponse401 | ListAvatarGroupsResponse429]
    """

    kwargs = _get_kwargs(
        ownership=ownership,
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
    ownership: ListAvatarGroupsOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
    | None
):
    """List Avatar Groups

     Returns a paginated list of avatar groups (characters). Each group contains one or more looks.
    Filterable by ownership.

    Args:
        ownership (ListAvatarGroupsOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvatarGroupsResponse200 | ListAvatarGroupsResponse400 | ListAvatarGroupsResponse401 | ListAvatarGroupsResponse429
    """

    return sync_detailed(
        client=client,
        ownership=ownership,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ownership: ListAvatarGroupsOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
]:
    """List Avatar Groups

     Returns a paginated list of avatar groups (characters). Each group contains one or more looks.
    Filterable by ownership.

    Args:
        ownership (ListAvatarGroupsOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvatarGroupsResponse200 | ListAvatarGroupsResponse400 | ListAvatarGroupsResponse401 | ListAvatarGroupsResponse429]
    """

    kwargs = _get_kwargs(
        ownership=ownership,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ownership: ListAvatarGroupsOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAvatarGroupsResponse200
    | ListAvatarGroupsResponse400
    | ListAvatarGroupsResponse401
    | ListAvatarGroupsResponse429
    | None
):
    """List Avatar Groups

     Returns a paginated list of avatar groups (characters). Each group contains one or more looks.
    Filterable by ownership.

    Args:
        ownership (ListAvatarGroupsOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvatarGroupsResponse200 | ListAvatarGroupsResponse400 | ListAvatarGroupsResponse401 | ListAvatarGroupsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            ownership=ownership,
            limit=limit,
            token=token,
        )
    ).parsed
