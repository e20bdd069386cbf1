from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_current_user_v3_response_200 import GetCurrentUserV3Response200
from ...models.get_current_user_v3_response_400 import GetCurrentUserV3Response400
from ...models.get_current_user_v3_response_401 import GetCurrentUserV3Response401
from ...models.get_current_user_v3_response_429 import GetCurrentUserV3Response429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/users/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetCurrentUserV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetCurrentUserV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetCurrentUserV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = GetCurrentUserV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
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
) -> Response[
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
]:
    """Get Current User

     Returns the authenticated user's profile, remaining credits or balance, and billing details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCurrentUserV3Response200 | GetCurrentUserV3Response400 | GetCurrentUserV3Response401 | GetCurrentUserV3Response429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
    | None
):
    """Get Current User

     Returns the authenticated user's profile, remaining credits or balance, and billing details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCurrentUserV3Response200 | GetCurrentUserV3Response400 | GetCurrentUserV3Response401 | GetCurrentUserV3Response429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
]:
    """Get Current User

     Returns the authenticated user's profile, remaining credits or balance, and billing details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCurrentUserV3Response200 | GetCurrentUserV3Response400 | GetCurrentUserV3Response401 | GetCurrentUserV3Response429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetCurrentUserV3Response200
    | GetCurrentUserV3Response400
    | GetCurrentUserV3Response401
    | GetCurrentUserV3Response429
    | None
):
    """Get Current User

     Returns the authenticated user's profile, remaining credits or balance, and billing details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCurrentUserV3Response200 | GetCurrentUserV3Response400 | GetCurrentUserV3Response401 | GetCurrentUserV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
