from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_brand_kit_request import CreateBrandKitRequest
from ...models.create_brand_kit_response_201 import CreateBrandKitResponse201
from ...models.create_brand_kit_response_400 import CreateBrandKitResponse400
from ...models.create_brand_kit_response_401 import CreateBrandKitResponse401
from ...models.create_brand_kit_response_403 import CreateBrandKitResponse403
from ...models.create_brand_kit_response_409 import CreateBrandKitResponse409
from ...models.create_brand_kit_response_429 import CreateBrandKitResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateBrandKitRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/brand-kits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
    | None
):
    if response.status_code == 201:
        response_201 = CreateBrandKitResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateBrandKitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBrandKitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateBrandKitResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateBrandKitResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateBrandKitResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
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
    body: CreateBrandKitRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
]:
    """Create Brand Kit

     Creates a brand kit by importing brand assets from a public website, including logos, colors and
    font files found on the site. By calling this endpoint you confirm you have the rights and licenses
    necessary to upload, store and use those assets in HeyGen.

    The kit is assembled in the background: the returned brand_kit_id is usable immediately, but poll
    GET /v3/brand-kits/{brand_kit_id} every 2 to 5 seconds until its status is 'completed' before
    relying on its colors, logos or fonts. A website import usually settles in under two minutes.

    Send an Idempotency-Key header to make retries safe: without one, a retried request starts a second
    import of the same site.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandKitRequest): Request body for POST /v3/brand-kits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandKitResponse201 | CreateBrandKitResponse400 | CreateBrandKitResponse401 | CreateBrandKitResponse403 | CreateBrandKitResponse409 | CreateBrandKitResponse429]
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
    body: CreateBrandKitRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
    | None
):
    """Create Brand Kit

     Creates a brand kit by importing brand assets from a public website, including logos, colors and
    font files found on the site. By calling this endpoint you confirm you have the rights and licenses
    necessary to upload, store and use those assets in HeyGen.

    The kit is assembled in the background: the returned brand_kit_id is usable immediately, but poll
    GET /v3/brand-kits/{brand_kit_id} every 2 to 5 seconds until its status is 'completed' before
    relying on its colors, logos or fonts. A website import usually settles in under two minutes.

    Send an Idempotency-Key header to make retries safe: without one, a retried request starts a second
    import of the same site.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandKitRequest): Request body for POST /v3/brand-kits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandKitResponse201 | CreateBrandKitResponse400 | CreateBrandKitResponse401 | CreateBrandKitResponse403 | CreateBrandKitResponse409 | CreateBrandKitResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBrandKitRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
]:
    """Create Brand Kit

     Creates a brand kit by importing brand assets from a public website, including logos, colors and
    font files found on the site. By calling this endpoint you confirm you have the rights and licenses
    necessary to upload, store and use those assets in HeyGen.

    The kit is assembled in the background: the returned brand_kit_id is usable immediately, but poll
    GET /v3/brand-kits/{brand_kit_id} every 2 to 5 seconds until its status is 'completed' before
    relying on its colors, logos or fonts. A website import usually settles in under two minutes.

    Send an Idempotency-Key header to make retries safe: without one, a retried request starts a second
    import of the same site.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandKitRequest): Request body for POST /v3/brand-kits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandKitResponse201 | CreateBrandKitResponse400 | CreateBrandKitResponse401 | CreateBrandKitResponse403 | CreateBrandKitResponse409 | CreateBrandKitResponse429]
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
    body: CreateBrandKitRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateBrandKitResponse201
    | CreateBrandKitResponse400
    | CreateBrandKitResponse401
    | CreateBrandKitResponse403
    | CreateBrandKitResponse409
    | CreateBrandKitResponse429
    | None
):
    """Create Brand Kit

     Creates a brand kit by importing brand assets from a public website, including logos, colors and
    font files found on the site. By calling this endpoint you confirm you have the rights and licenses
    necessary to upload, store and use those assets in HeyGen.

    The kit is assembled in the background: the returned brand_kit_id is usable immediately, but poll
    GET /v3/brand-kits/{brand_kit_id} every 2 to 5 seconds until its status is 'completed' before
    relying on its colors, logos or fonts. A website import usually settles in under two minutes.

    Send an Idempotency-Key header to make retries safe: without one, a retried request starts a second
    import of the same site.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandKitRequest): Request body for POST /v3/brand-kits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandKitResponse201 | CreateBrandKitResponse400 | CreateBrandKitResponse401 | CreateBrandKitResponse403 | CreateBrandKitResponse409 | CreateBrandKitResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
