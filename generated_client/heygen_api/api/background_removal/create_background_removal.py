from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_background_removal_request import CreateBackgroundRemovalRequest
from ...models.create_background_removal_response_200 import (
    CreateBackgroundRemovalResponse200,
)
from ...models.create_background_removal_response_400 import (
    CreateBackgroundRemovalResponse400,
)
from ...models.create_background_removal_response_401 import (
    CreateBackgroundRemovalResponse401,
)
from ...models.create_background_removal_response_429 import (
    CreateBackgroundRemovalResponse429,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBackgroundRemovalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/background-removals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateBackgroundRemovalResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateBackgroundRemovalResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBackgroundRemovalResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateBackgroundRemovalResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
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
    body: CreateBackgroundRemovalRequest,
) -> Response[
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
]:
    """Create Background Removal

     Submit a video to remove its background. Returns the created job; runs asynchronously, so poll Get
    Background Removal with the returned id. Once completed, the job carries presigned download URLs for
    the requested layers: 'foreground' (subject on a transparent background), 'mask' (grayscale alpha
    matte), and 'background' (the scene with the subject removed). Idempotency is opt-in via the request
    body's `request_id` field: re-sending the same `request_id` returns the *original* job (same `id`,
    same charge) without creating a new one. The HTTP `Idempotency-Key` header is *not* honored — see
    `request_id` for the supported contract.

    Args:
        body (CreateBackgroundRemovalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBackgroundRemovalResponse200 | CreateBackgroundRemovalResponse400 | CreateBackgroundRemovalResponse401 | CreateBackgroundRemovalResponse429]
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
    body: CreateBackgroundRemovalRequest,
) -> (
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
    | None
):
    """Create Background Removal

     Submit a video to remove its background. Returns the created job; runs asynchronously, so poll Get
    Background Removal with the returned id. Once completed, the job carries presigned download URLs for
    the requested layers: 'foreground' (subject on a transparent background), 'mask' (grayscale alpha
    matte), and 'background' (the scene with the subject removed). Idempotency is opt-in via the request
    body's `request_id` field: re-sending the same `request_id` returns the *original* job (same `id`,
    same charge) without creating a new one. The HTTP `Idempotency-Key` header is *not* honored — see
    `request_id` for the supported contract.

    Args:
        body (CreateBackgroundRemovalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBackgroundRemovalResponse200 | CreateBackgroundRemovalResponse400 | CreateBackgroundRemovalResponse401 | CreateBackgroundRemovalResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBackgroundRemovalRequest,
) -> Response[
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
]:
    """Create Background Removal

     Submit a video to remove its background. Returns the created job; runs asynchronously, so poll Get
    Background Removal with the returned id. Once completed, the job carries presigned download URLs for
    the requested layers: 'foreground' (subject on a transparent background), 'mask' (grayscale alpha
    matte), and 'background' (the scene with the subject removed). Idempotency is opt-in via the request
    body's `request_id` field: re-sending the same `request_id` returns the *original* job (same `id`,
    same charge) without creating a new one. The HTTP `Idempotency-Key` header is *not* honored — see
    `request_id` for the supported contract.

    Args:
        body (CreateBackgroundRemovalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBackgroundRemovalResponse200 | CreateBackgroundRemovalResponse400 | CreateBackgroundRemovalResponse401 | CreateBackgroundRemovalResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBackgroundRemovalRequest,
) -> (
    CreateBackgroundRemovalResponse200
    | CreateBackgroundRemovalResponse400
    | CreateBackgroundRemovalResponse401
    | CreateBackgroundRemovalResponse429
    | None
):
    """Create Background Removal

     Submit a video to remove its background. Returns the created job; runs asynchronously, so poll Get
    Background Removal with the returned id. Once completed, the job carries presigned download URLs for
    the requested layers: 'foreground' (subject on a transparent background), 'mask' (grayscale alpha
    matte), and 'background' (the scene with the subject removed). Idempotency is opt-in via the request
    body's `request_id` field: re-sending the same `request_id` returns the *original* job (same `id`,
    same charge) without creating a new one. The HTTP `Idempotency-Key` header is *not* honored — see
    `request_id` for the supported contract.

    Args:
        body (CreateBackgroundRemovalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBackgroundRemovalResponse200 | CreateBackgroundRemovalResponse400 | CreateBackgroundRemovalResponse401 | CreateBackgroundRemovalResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
