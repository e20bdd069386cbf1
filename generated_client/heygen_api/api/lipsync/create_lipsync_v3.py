from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_lipsync_request import CreateLipsyncRequest
from ...models.create_lipsync_v3_response_200 import CreateLipsyncV3Response200
from ...models.create_lipsync_v3_response_400 import CreateLipsyncV3Response400
from ...models.create_lipsync_v3_response_401 import CreateLipsyncV3Response401
from ...models.create_lipsync_v3_response_409 import CreateLipsyncV3Response409
from ...models.create_lipsync_v3_response_429 import CreateLipsyncV3Response429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateLipsyncRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/lipsyncs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = CreateLipsyncV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateLipsyncV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateLipsyncV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateLipsyncV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateLipsyncV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
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
    body: CreateLipsyncRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
]:
    """Create Lipsync

     Replaces the audio on an existing video and re-animates the speaker's lip movements to match the new
    audio. Use mode: 'speed' for fast output or 'precision' for high-quality lip-sync.

    Args:
        idempotency_key (str | Unset):
        body (CreateLipsyncRequest): Request body for POST /v3/lipsyncs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLipsyncV3Response200 | CreateLipsyncV3Response400 | CreateLipsyncV3Response401 | CreateLipsyncV3Response409 | CreateLipsyncV3Response429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
    | None
):
    """Create Lipsync

     Replaces the audio on an existing video and re-animates the speaker's lip movements to match the new
    audio. Use mode: 'speed' for fast output or 'precision' for high-quality lip-sync.

    Args:
        idempotency_key (str | Unset):
        body (CreateLipsyncRequest): Request body for POST /v3/lipsyncs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLipsyncV3Response200 | CreateLipsyncV3Response400 | CreateLipsyncV3Response401 | CreateLipsyncV3Response409 | CreateLipsyncV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
]:
    """Create Lipsync

     Replaces the audio on an existing video and re-animates the speaker's lip movements to match the new
    audio. Use mode: 'speed' for fast output or 'precision' for high-quality lip-sync.

    Args:
        idempotency_key (str | Unset):
        body (CreateLipsyncRequest): Request body for POST /v3/lipsyncs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLipsyncV3Response200 | CreateLipsyncV3Response400 | CreateLipsyncV3Response401 | CreateLipsyncV3Response409 | CreateLipsyncV3Response429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateLipsyncRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateLipsyncV3Response200
    | CreateLipsyncV3Response400
    | CreateLipsyncV3Response401
    | CreateLipsyncV3Response409
    | CreateLipsyncV3Response429
    | None
):
    """Create Lipsync

     Replaces the audio on an existing video and re-animates the speaker's lip movements to match the new
    audio. Use mode: 'speed' for fast output or 'precision' for high-quality lip-sync.

    Args:
        idempotency_key (str | Unset):
        body (CreateLipsyncRequest): Request body for POST /v3/lipsyncs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLipsyncV3Response200 | CreateLipsyncV3Response400 | CreateLipsyncV3Response401 | CreateLipsyncV3Response409 | CreateLipsyncV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
