from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_avatar_looks_avatar_type import ListAvatarLooksAvatarType
from ...models.list_avatar_looks_ownership import ListAvatarLooksOwnership
from ...models.list_avatar_looks_response_200 import ListAvatarLooksResponse200
from ...models.list_avatar_looks_response_400 import ListAvatarLooksResponse400
from ...models.list_avatar_looks_response_401 import ListAvatarLooksResponse401
from ...models.list_avatar_looks_response_429 import ListAvatarLooksResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_id: str | Unset = UNSET,
    avatar_type: ListAvatarLooksAvatarType | Unset = UNSET,
    ownership: ListAvatarLooksOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    json_avatar_type: str | Unset = UNSET
    if not isinstance(avatar_type, Unset):
        json_avatar_type = avatar_type.value

    params["avatar_type"] = json_avatar_type

    json_ownership: str | Unset = UNSET
    if not isinstance(ownership, Unset):
        json_ownership = ownership.value

    params["ownership"] = json_ownership

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatars/looks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListAvatarLooksResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAvatarLooksResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAvatarLooksResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListAvatarLooksResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
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
    group_id: str | Unset = UNSET,
    avatar_type: ListAvatarLooksAvatarType | Unset = UNSET,
    ownership: ListAvatarLooksOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
]:
    """List Avatar Looks

     Returns a paginated list of avatar looks (outfits, poses, styles). Filterable by group_id,
    avatar_type, and ownership. The look id is the avatar_id to pass when creating a video.

    Args:
        group_id (str | Unset):
        avatar_type (ListAvatarLooksAvatarType | Unset):
        ownership (ListAvatarLooksOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvatarLooksResponse200 | ListAvatarLooksResponse400 | ListAvatarLooksResponse401 | ListAvatarLooksResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        avatar_type=avatar_type,
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
    group_id: str | Unset = UNSET,
    avatar_type: ListAvatarLooksAvatarType | Unset = UNSET,
    ownership: ListAvatarLooksOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
    | None
):
    """List Avatar Looks

     Returns a paginated list of avatar looks (outfits, poses, styles). Filterable by group_id,
    avatar_type, and ownership. The look id is the avatar_id to pass when creating a video.

    Args:
        group_id (str | Unset):
        avatar_type (ListAvatarLooksAvatarType | Unset):
        ownership (ListAvatarLooksOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvatarLooksResponse200 | ListAvatarLooksResponse400 | ListAvatarLooksResponse401 | ListAvatarLooksResponse429
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
        avatar_type=avatar_type,
        ownership=ownership,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_id: str | Unset = UNSET,
    avatar_type: ListAvatarLooksAvatarType | Unset = UNSET,
    ownership: ListAvatarLooksOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
]:
    """List Avatar Looks

     Returns a paginated list of avatar looks (outfits, poses, styles). Filterable by group_id,
    avatar_type, and ownership. The look id is the avatar_id to pass when creating a video.

    Args:
        group_id (str | Unset):
        avatar_type (ListAvatarLooksAvatarType | Unset):
        ownership (ListAvatarLooksOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvatarLooksResponse200 | ListAvatarLooksResponse400 | ListAvatarLooksResponse401 | ListAvatarLooksResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        avatar_type=avatar_type,
        ownership=ownership,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_id: str | Unset = UNSET,
    avatar_type: ListAvatarLooksAvatarType | Unset = UNSET,
    ownership: ListAvatarLooksOwnership | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAvatarLooksResponse200
    | ListAvatarLooksResponse400
    | ListAvatarLooksResponse401
    | ListAvatarLooksResponse429
    | None
):
    """List Avatar Looks

     Returns a paginated list of avatar looks (outfits, poses, styles). Filterable by group_id,
    avatar_type, and ownership. The look id is the avatar_id to pass when creating a video.

    Args:
        group_id (str | Unset):
        avatar_type (ListAvatarLooksAvatarType | Unset):
        ownership (ListAvatarLooksOwnership | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvatarLooksResponse200 | ListAvatarLooksResponse400 | ListAvatarLooksResponse401 | ListAvatarLooksResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            avatar_type=avatar_type,
            ownership=ownership,
            limit=limit,
            token=token,
        )
    ).parsed
