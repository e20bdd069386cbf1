from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_hyperframes_render_v3_response_200 import (
    GetHyperframesRenderV3Response200,
)
from ...models.get_hyperframes_render_v3_response_400 import (
    GetHyperframesRenderV3Response400,
)
from ...models.get_hyperframes_render_v3_response_401 import (
    GetHyperframesRenderV3Response401,
)
from ...models.get_hyperframes_render_v3_response_404 import (
    GetHyperframesRenderV3Response404,
)
from ...models.get_hyperframes_render_v3_response_429 import (
    GetHyperframesRenderV3Response429,
)
from ...types import Response


def _get_kwargs(
    render_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/hyperframes/renders/{render_id}".format(
            render_id=quote(str(render_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetHyperframesRenderV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetHyperframesRenderV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetHyperframesRenderV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetHyperframesRenderV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetHyperframesRenderV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    render_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
]:
    """Get HyperFrames Render

     Returns full details for a single HyperFrames render, including status and signed video_url when
    complete.

    Args:
        render_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHyperframesRenderV3Response200 | GetHyperframesRenderV3Response400 | GetHyperframesRenderV3Response401 | GetHyperframesRenderV3Response404 | GetHyperframesRenderV3Response429]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    render_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
    | None
):
    """Get HyperFrames Render

     Returns full details for a single HyperFrames render, including status and signed video_url when
    complete.

    Args:
        render_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHyperframesRenderV3Response200 | GetHyperframesRenderV3Response400 | GetHyperframesRenderV3Response401 | GetHyperframesRenderV3Response404 | GetHyperframesRenderV3Response429
    """

    return sync_detailed(
        render_id=render_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    render_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
]:
    """Get HyperFrames Render

     Returns full details for a single HyperFrames render, including status and signed video_url when
    complete.

    Args:
        render_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHyperframesRenderV3Response200 | GetHyperframesRenderV3Response400 | GetHyperframesRenderV3Response401 | GetHyperframesRenderV3Response404 | GetHyperframesRenderV3Response429]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    render_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetHyperframesRenderV3Response200
    | GetHyperframesRenderV3Response400
    | GetHyperframesRenderV3Response401
    | GetHyperframesRenderV3Response404
    | GetHyperframesRenderV3Response429
    | None
):
    """Get HyperFrames Render

     Returns full details for a single HyperFrames render, including status and signed video_url when
    complete.

    Args:
        render_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHyperframesRenderV3Response200 | GetHyperframesRenderV3Response400 | GetHyperframesRenderV3Response401 | GetHyperframesRenderV3Response404 | GetHyperframesRenderV3Response429
    """

    return (
        await asyncio_detailed(
            render_id=render_id,
            client=client,
        )
    ).parsed
