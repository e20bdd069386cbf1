from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_template_v3_response_200 import GetTemplateV3Response200
from ...models.get_template_v3_response_400 import GetTemplateV3Response400
from ...models.get_template_v3_response_401 import GetTemplateV3Response401
from ...models.get_template_v3_response_404 import GetTemplateV3Response404
from ...models.get_template_v3_response_429 import GetTemplateV3Response429
from ...types import Response


def _get_kwargs(
    template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetTemplateV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTemplateV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetTemplateV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetTemplateV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetTemplateV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
]:
    """Get Template

     Returns template details including its variable schema (with current default values) and scenes.
    Variable defaults are returned in the same shape the generate request accepts, so a response can be
    edited and posted back. Only draft version 4 templates (the current editor format) are supported.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTemplateV3Response200 | GetTemplateV3Response400 | GetTemplateV3Response401 | GetTemplateV3Response404 | GetTemplateV3Response429]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
    | None
):
    """Get Template

     Returns template details including its variable schema (with current default values) and scenes.
    Variable defaults are returned in the same shape the generate request accepts, so a response can be
    edited and posted back. Only draft version 4 templates (the current editor format) are supported.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTemplateV3Response200 | GetTemplateV3Response400 | GetTemplateV3Response401 | GetTemplateV3Response404 | GetTemplateV3Response429
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
]:
    """Get Template

     Returns template details including its variable schema (with current default values) and scenes.
    Variable defaults are returned in the same shape the generate request accepts, so a response can be
    edited and posted back. Only draft version 4 templates (the current editor format) are supported.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTemplateV3Response200 | GetTemplateV3Response400 | GetTemplateV3Response401 | GetTemplateV3Response404 | GetTemplateV3Response429]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetTemplateV3Response200
    | GetTemplateV3Response400
    | GetTemplateV3Response401
    | GetTemplateV3Response404
    | GetTemplateV3Response429
    | None
):
    """Get Template

     Returns template details including its variable schema (with current default values) and scenes.
    Variable defaults are returned in the same shape the generate request accepts, so a response can be
    edited and posted back. Only draft version 4 templates (the current editor format) are supported.

    Args:
        template_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTemplateV3Response200 | GetTemplateV3Response400 | GetTemplateV3Response401 | GetTemplateV3Response404 | GetTemplateV3Response429
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
        )
    ).parsed
