from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_avatar_group_response_200 import DeleteAvatarGroupResponse200
from ...models.delete_avatar_group_response_400 import DeleteAvatarGroupResponse400
from ...models.delete_avatar_group_response_401 import DeleteAvatarGroupResponse401
from ...models.delete_avatar_group_response_404 import DeleteAvatarGroupResponse404
from ...models.delete_avatar_group_response_429 import DeleteAvatarGroupResponse429
from ...types import Response


def _get_kwargs(
    group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/avatars/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteAvatarGroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteAvatarGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteAvatarGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteAvatarGroupResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteAvatarGroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
]:
    """Delete Avatar Group

     Permanently deletes an avatar group and all its associated looks. Cannot delete public or community
    groups.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAvatarGroupResponse200 | DeleteAvatarGroupResponse400 | DeleteAvatarGroupResponse401 | DeleteAvatarGroupResponse404 | DeleteAvatarGroupResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
    | None
):
    """Delete Avatar Group

     Permanently deletes an avatar group and all its associated looks. Cannot delete public or community
    groups.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAvatarGroupResponse200 | DeleteAvatarGroupResponse400 | DeleteAvatarGroupResponse401 | DeleteAvatarGroupResponse404 | DeleteAvatarGroupResponse429
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
]:
    """Delete Avatar Group

     Permanently deletes an avatar group and all its associated looks. Cannot delete public or community
    groups.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAvatarGroupResponse200 | DeleteAvatarGroupResponse400 | DeleteAvatarGroupResponse401 | DeleteAvatarGroupResponse404 | DeleteAvatarGroupResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteAvatarGroupResponse200
    | DeleteAvatarGroupResponse400
    | DeleteAvatarGroupResponse401
    | DeleteAvatarGroupResponse404
    | DeleteAvatarGroupResponse429
    | None
):
    """Delete Avatar Group

     Permanently deletes an avatar group and all its associated looks. Cannot delete public or community
    groups.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAvatarGroupResponse200 | DeleteAvatarGroupResponse400 | DeleteAvatarGroupResponse401 | DeleteAvatarGroupResponse404 | DeleteAvatarGroupResponse429
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
