from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.design_voice_request import DesignVoiceRequest
from ...models.design_voice_response_200 import DesignVoiceResponse200
from ...models.design_voice_response_400 import DesignVoiceResponse400
from ...models.design_voice_response_401 import DesignVoiceResponse401
from ...models.design_voice_response_429 import DesignVoiceResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: DesignVoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/voices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DesignVoiceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DesignVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DesignVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = DesignVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
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
    body: DesignVoiceRequest,
) -> Response[
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
]:
    """Design a Voice

     Returns up to 3 voices matching a natural language description (e.g. 'warm, confident female
    narrator'). Use the seed parameter to get different batches of results.

    Args:
        body (DesignVoiceRequest): Request body for POST /v3/voices — design a voice via semantic
            search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignVoiceResponse200 | DesignVoiceResponse400 | DesignVoiceResponse401 | DesignVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DesignVoiceRequest,
) -> (
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
    | None
):
    """Design a Voice

     Returns up to 3 voices matching a natural language description (e.g. 'warm, confident female
    narrator'). Use the seed parameter to get different batches of results.

    Args:
        body (DesignVoiceRequest): Request body for POST /v3/voices — design a voice via semantic
            search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignVoiceResponse200 | DesignVoiceResponse400 | DesignVoiceResponse401 | DesignVoiceResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DesignVoiceRequest,
) -> Response[
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
]:
    """Design a Voice

     Returns up to 3 voices matching a natural language description (e.g. 'warm, confident female
    narrator'). Use the seed parameter to get different batches of results.

    Args:
        body (DesignVoiceRequest): Request body for POST /v3/voices — design a voice via semantic
            search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignVoiceResponse200 | DesignVoiceResponse400 | DesignVoiceResponse401 | DesignVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DesignVoiceRequest,
) -> (
    DesignVoiceResponse200
    | DesignVoiceResponse400
    | DesignVoiceResponse401
    | DesignVoiceResponse429
    | None
):
    """Design a Voice

     Returns up to 3 voices matching a natural language description (e.g. 'warm, confident female
    narrator'). Use the seed parameter to get different batches of results.

    Args:
        body (DesignVoiceRequest): Request body for POST /v3/voices — design a voice via semantic
            search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignVoiceResponse200 | DesignVoiceResponse400 | DesignVoiceResponse401 | DesignVoiceResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
