from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_interactive_session_resources_response_200 import (
    GetInteractiveSessionResourcesResponse200,
)
from ...models.get_interactive_session_resources_response_400 import (
    GetInteractiveSessionResourcesResponse400,
)
from ...models.get_interactive_session_resources_response_401 import (
    GetInteractiveSessionResourcesResponse401,
)
from ...models.get_interactive_session_resources_response_404 import (
    GetInteractiveSessionResourcesResponse404,
)
from ...models.get_interactive_session_resources_response_429 import (
    GetInteractiveSessionResourcesResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    resource_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    limit: int | Unset = 8,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource_ids"] = resource_ids

    params["type"] = type_

    params["source"] = source

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/sessions/{session_id}/resources".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetInteractiveSessionResourcesResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetInteractiveSessionResourcesResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetInteractiveSessionResourcesResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 404:
        response_404 = GetInteractiveSessionResourcesResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 429:
        response_429 = GetInteractiveSessionResourcesResponse429.from_dict(
            response.json()
        )

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    resource_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    limit: int | Unset = 8,
    token: str | Unset = UNSET,
) -> Response[
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
]:
    """Get Video Agent session resources

     Get session resources — storyboards, images, drafts. Use resource_ids to resolve specific resources
    from chat messages.

    Args:
        session_id (str):
        resource_ids (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        limit (int | Unset):  Default: 8.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInteractiveSessionResourcesResponse200 | GetInteractiveSessionResourcesResponse400 | GetInteractiveSessionResourcesResponse401 | GetInteractiveSessionResourcesResponse404 | GetInteractiveSessionResourcesResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        resource_ids=resource_ids,
        type_=type_,
        source=source,
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    resource_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    limit: int | Unset = 8,
    token: str | Unset = UNSET,
) -> (
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
    | None
):
    """Get Video Agent session resources

     Get session resources — storyboards, images, drafts. Use resource_ids to resolve specific resources
    from chat messages.

    Args:
        session_id (str):
        resource_ids (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        limit (int | Unset):  Default: 8.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInteractiveSessionResourcesResponse200 | GetInteractiveSessionResourcesResponse400 | GetInteractiveSessionResourcesResponse401 | GetInteractiveSessionResourcesResponse404 | GetInteractiveSessionResourcesResponse429
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        resource_ids=resource_ids,
        type_=type_,
        source=source,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    resource_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    limit: int | Unset = 8,
    token: str | Unset = UNSET,
) -> Response[
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
]:
    """Get Video Agent session resources

     Get session resources — storyboards, images, drafts. Use resource_ids to resolve specific resources
    from chat messages.

    Args:
        session_id (str):
        resource_ids (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        limit (int | Unset):  Default: 8.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetInteractiveSessionResourcesResponse200 | GetInteractiveSessionResourcesResponse400 | GetInteractiveSessionResourcesResponse401 | GetInteractiveSessionResourcesResponse404 | GetInteractiveSessionResourcesResponse429]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        resource_ids=resource_ids,
        type_=type_,
        source=source,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    resource_ids: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    source: str | Unset = UNSET,
    limit: int | Unset = 8,
    token: str | Unset = UNSET,
) -> (
    GetInteractiveSessionResourcesResponse200
    | GetInteractiveSessionResourcesResponse400
    | GetInteractiveSessionResourcesResponse401
    | GetInteractiveSessionResourcesResponse404
    | GetInteractiveSessionResourcesResponse429
    | None
):
    """Get Video Agent session resources

     Get session resources — storyboards, images, drafts. Use resource_ids to resolve specific resources
    from chat messages.

    Args:
        session_id (str):
        resource_ids (str | Unset):
        type_ (str | Unset):
        source (str | Unset):
        limit (int | Unset):  Default: 8.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInteractiveSessionResourcesResponse200 | GetInteractiveSessionResourcesResponse400 | GetInteractiveSessionResourcesResponse401 | GetInteractiveSessionResourcesResponse404 | GetInteractiveSessionResourcesResponse429
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            resource_ids=resource_ids,
            type_=type_,
            source=source,
            limit=limit,
            token=token,
        )
    ).parsed
