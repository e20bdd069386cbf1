from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_agent_styles_response_200 import (
    ListVideoAgentStylesResponse200,
)
from ...models.list_video_agent_styles_response_400 import (
    ListVideoAgentStylesResponse400,
)
from ...models.list_video_agent_styles_response_401 import (
    ListVideoAgentStylesResponse401,
)
from ...models.list_video_agent_styles_response_429 import (
    ListVideoAgentStylesResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-agents/styles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListVideoAgentStylesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideoAgentStylesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVideoAgentStylesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListVideoAgentStylesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
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
    tag: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
]:
    """List Video Agent Styles

     Returns curated visual style templates available for Video Agent sessions. Each style controls scene
    composition, pacing, and aesthetics. Supports tag filtering (e.g. 'cinematic', 'retro-tech').

    Args:
        tag (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoAgentStylesResponse200 | ListVideoAgentStylesResponse400 | ListVideoAgentStylesResponse401 | ListVideoAgentStylesResponse429]
    """

    kwargs = _get_kwargs(
        tag=tag,
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
    tag: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
    | None
):
    """List Video Agent Styles

     Returns curated visual style templates available for Video Agent sessions. Each style controls scene
    composition, pacing, and aesthetics. Supports tag filtering (e.g. 'cinematic', 'retro-tech').

    Args:
        tag (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoAgentStylesResponse200 | ListVideoAgentStylesResponse400 | ListVideoAgentStylesResponse401 | ListVideoAgentStylesResponse429
    """

    return sync_detailed(
        client=client,
        tag=tag,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    tag: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
]:
    """List Video Agent Styles

     Returns curated visual style templates available for Video Agent sessions. Each style controls scene
    composition, pacing, and aesthetics. Supports tag filtering (e.g. 'cinematic', 'retro-tech').

    Args:
        tag (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoAgentStylesResponse200 | ListVideoAgentStylesResponse400 | ListVideoAgentStylesResponse401 | ListVideoAgentStylesResponse429]
    """

    kwargs = _get_kwargs(
        tag=tag,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    tag: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListVideoAgentStylesResponse200
    | ListVideoAgentStylesResponse400
    | ListVideoAgentStylesResponse401
    | ListVideoAgentStylesResponse429
    | None
):
    """List Video Agent Styles

     Returns curated visual style templates available for Video Agent sessions. Each style controls scene
    composition, pacing, and aesthetics. Supports tag filtering (e.g. 'cinematic', 'retro-tech').

    Args:
        tag (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoAgentStylesResponse200 | ListVideoAgentStylesResponse400 | ListVideoAgentStylesResponse401 | ListVideoAgentStylesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            limit=limit,
            token=token,
        )
    ).parsed
