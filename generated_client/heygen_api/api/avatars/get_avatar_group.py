from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_avatar_group_response_200 import GetAvatarGroupResponse200
from ...models.get_avatar_group_response_400 import GetAvatarGroupResponse400
from ...models.get_avatar_group_response_401 import GetAvatarGroupResponse401
from ...models.get_avatar_group_response_404 import GetAvatarGroupResponse404
from ...models.get_avatar_group_response_429 import GetAvatarGroupResponse429
from ...types import Response


def _get_kwargs(
    group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/avatars/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetAvatarGroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetAvatarGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetAvatarGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetAvatarGroupResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetAvatarGroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
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
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
]:
    """Get Avatar Group

     Returns details for a specific avatar group including name, gender, preview URLs, looks count, and
    training status.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarGroupResponse200 | GetAvatarGroupResponse400 | GetAvatarGroupResponse401 | GetAvatarGroupResponse404 | GetAvatarGroupResponse429]
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
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
    | None
):
    """Get Avatar Group

     Returns details for a specific avatar group including name, gender, preview URLs, looks count, and
    training status.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarGroupResponse200 | GetAvatarGroupResponse400 | GetAvatarGroupResponse401 | GetAvatarGroupResponse404 | GetAvatarGroupResponse429
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
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
]:
    """Get Avatar Group

     Returns details for a specific avatar group including name, gender, preview URLs, looks count, and
    training status.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAvatarGroupResponse200 | GetAvatarGroupResponse400 | GetAvatarGroupResponse401 | GetAvatarGroupResponse404 | GetAvatarGroupResponse429]
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
    GetAvatarGroupResponse200
    | GetAvatarGroupResponse400
    | GetAvatarGroupResponse401
    | GetAvatarGroupResponse404
    | GetAvatarGroupResponse429
    | None
):
    """Get Avatar Group

     Returns details for a specific avatar group including name, gender, preview URLs, looks count, and
    training status.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAvatarGroupResponse200 | GetAvatarGroupResponse400 | GetAvatarGroupResponse401 | GetAvatarGroupResponse404 | GetAvatarGroupResponse429
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
