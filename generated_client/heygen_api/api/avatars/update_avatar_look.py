from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_avatar_look_request import UpdateAvatarLookRequest
from ...models.update_avatar_look_response_200 import UpdateAvatarLookResponse200
from ...models.update_avatar_look_response_400 import UpdateAvatarLookResponse400
from ...models.update_avatar_look_response_401 import UpdateAvatarLookResponse401
from ...models.update_avatar_look_response_404 import UpdateAvatarLookResponse404
from ...models.update_avatar_look_response_429 import UpdateAvatarLookResponse429
from ...types import Response


def _get_kwargs(
    look_id: str,
    *,
    body: UpdateAvatarLookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/avatars/looks/{look_id}".format(
            look_id=quote(str(look_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateAvatarLookResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateAvatarLookResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateAvatarLookResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateAvatarLookResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = UpdateAvatarLookResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    look_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarLookRequest,
) -> Response[
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
]:
    """Update Avatar Look

     Updates the display name of an avatar look. Only supported for photo avatar and digital twin look
    types.

    Args:
        look_id (str):
        body (UpdateAvatarLookRequest): Request body for PATCH /v3/avatars/looks/<look_id>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAvatarLookResponse200 | UpdateAvatarLookResponse400 | UpdateAvatarLookResponse401 | UpdateAvatarLookResponse404 | UpdateAvatarLookResponse429]
    """

    kwargs = _get_kwargs(
        look_id=look_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    look_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarLookRequest,
) -> (
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
    | None
):
    """Update Avatar Look

     Updates the display name of an avatar look. Only supported for photo avatar and digital twin look
    types.

    Args:
        look_id (str):
        body (UpdateAvatarLookRequest): Request body for PATCH /v3/avatars/looks/<look_id>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAvatarLookResponse200 | UpdateAvatarLookResponse400 | UpdateAvatarLookResponse401 | UpdateAvatarLookResponse404 | UpdateAvatarLookResponse429
    """

    return sync_detailed(
        look_id=look_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    look_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarLookRequest,
) -> Response[
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
]:
    """Update Avatar Look

     Updates the display name of an avatar look. Only supported for photo avatar and digital twin look
    types.

    Args:
        look_id (str):
        body (UpdateAvatarLookRequest): Request body for PATCH /v3/avatars/looks/<look_id>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAvatarLookResponse200 | UpdateAvatarLookResponse400 | UpdateAvatarLookResponse401 | UpdateAvatarLookResponse404 | UpdateAvatarLookResponse429]
    """

    kwargs = _get_kwargs(
        look_id=look_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    look_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAvatarLookRequest,
) -> (
    UpdateAvatarLookResponse200
    | UpdateAvatarLookResponse400
    | UpdateAvatarLookResponse401
    | UpdateAvatarLookResponse404
    | UpdateAvatarLookResponse429
    | None
):
    """Update Avatar Look

     Updates the display name of an avatar look. Only supported for photo avatar and digital twin look
    types.

    Args:
        look_id (str):
        body (UpdateAvatarLookRequest): Request body for PATCH /v3/avatars/looks/<look_id>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAvatarLookResponse200 | UpdateAvatarLookResponse400 | UpdateAvatarLookResponse401 | UpdateAvatarLookResponse404 | UpdateAvatarLookResponse429
    """

    return (
        await asyncio_detailed(
            look_id=look_id,
            client=client,
            body=body,
        )
    ).parsed
