from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_avatar_group_request import UpdateAvatarGroupRequest
from ...models.update_avatar_group_response_200 import UpdateAvatarGroupResponse200
from ...models.update_avatar_group_response_400 import UpdateAvatarGroupResponse400
from ...models.update_avatar_group_response_401 import UpdateAvatarGroupResponse401
from ...models.update_avatar_group_response_403 import UpdateAvatarGroupResponse403
from ...models.update_avatar_group_response_404 import UpdateAvatarGroupResponse404
from ...models.update_avatar_group_response_409 import UpdateAvatarGroupResponse409
from ...models.update_avatar_group_response_429 import UpdateAvatarGroupResponse429
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: UpdateAvatarGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/avatars/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateAvatarGroupResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateAvatarGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateAvatarGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateAvatarGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateAvatarGroupResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateAvatarGroupResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = UpdateAvatarGroupResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
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
    body: UpdateAvatarGroupRequest,
) -> Response[
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
]:
    """Update Avatar Group

     Updates an avatar group. Currently supports setting `default_voice_id`: the voice becomes the
    avatar's default for video generation and is linked to the group if it was not already. Accepts any
    voice available to your workspace, including imported voice clones. Only supported for avatars you
    own — public avatars cannot be updated.

    Args:
        group_id (str):
        body (UpdateAvatarGroupRequest): Request body for PATCH /v3/avatars/{group_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAvatarGroupResponse200 | UpdateAvatarGroupResponse400 | UpdateAvatarGroupResponse401 | UpdateAvatarGroupResponse403 | UpdateAvatarGroupResponse404 | UpdateAvatarGroupResponse409 | UpdateAvatarGroupResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarGroupRequest,
) -> (
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
    | None
):
    """Update Avatar Group

     Updates an avatar group. Currently supports setting `default_voice_id`: the voice becomes the
    avatar's default for video generation and is linked to the group if it was not already. Accepts any
    voice available to your workspace, including imported voice clones. Only supported for avatars you
    own — public avatars cannot be updated.

    Args:
        group_id (str):
        body (UpdateAvatarGroupRequest): Request body for PATCH /v3/avatars/{group_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAvatarGroupResponse200 | UpdateAvatarGroupResponse400 | UpdateAvatarGroupResponse401 | UpdateAvatarGroupResponse403 | UpdateAvatarGroupResponse404 | UpdateAvatarGroupResponse409 | UpdateAvatarGroupResponse429
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarGroupRequest,
) -> Response[
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
]:
    """Update Avatar Group

     Updates an avatar group. Currently supports setting `default_voice_id`: the voice becomes the
    avatar's default for video generation and is linked to the group if it was not already. Accepts any
    voice available to your workspace, including imported voice clones. Only supported for avatars you
    own — public avatars cannot be updated.

    Args:
        group_id (str):
        body (UpdateAvatarGroupRequest): Request body for PATCH /v3/avatars/{group_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAvatarGroupResponse200 | UpdateAvatarGroupResponse400 | UpdateAvatarGroupResponse401 | UpdateAvatarGroupResponse403 | UpdateAvatarGroupResponse404 | UpdateAvatarGroupResponse409 | UpdateAvatarGroupResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarGroupRequest,
) -> (
    UpdateAvatarGroupResponse200
    | UpdateAvatarGroupResponse400
    | UpdateAvatarGroupResponse401
    | UpdateAvatarGroupResponse403
    | UpdateAvatarGroupResponse404
    | UpdateAvatarGroupResponse409
    | UpdateAvatarGroupResponse429
    | None
):
    """Update Avatar Group

     Updates an avatar group. Currently supports setting `default_voice_id`: the voice becomes the
    avatar's default for video generation and is linked to the group if it was not already. Accepts any
    voice available to your workspace, including imported voice clones. Only supported for avatars you
    own — public avatars cannot be updated.

    Args:
        group_id (str):
        body (UpdateAvatarGroupRequest): Request body for PATCH /v3/avatars/{group_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAvatarGroupResponse200 | UpdateAvatarGroupResponse400 | UpdateAvatarGroupResponse401 | UpdateAvatarGroupResponse403 | UpdateAvatarGroupResponse404 | UpdateAvatarGroupResponse409 | UpdateAvatarGroupResponse429
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
