from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_endpoint_request import CreateWebhookEndpointRequest
from ...models.create_webhook_endpoint_response_200 import (
    CreateWebhookEndpointResponse200,
)
from ...models.create_webhook_endpoint_response_400 import (
    CreateWebhookEndpointResponse400,
)
from ...models.create_webhook_endpoint_response_401 import (
    CreateWebhookEndpointResponse401,
)
from ...models.create_webhook_endpoint_response_409 import (
    CreateWebhookEndpointResponse409,
)
from ...models.create_webhook_endpoint_response_429 import (
    CreateWebhookEndpointResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/webhooks/endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateWebhookEndpointResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateWebhookEndpointResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateWebhookEndpointResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateWebhookEndpointResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateWebhookEndpointResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
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
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
]:
    """Create Webhook Endpoint

     Registers an HTTPS URL to receive webhook event notifications. Returns the endpoint details and a
    signing secret. The signing secret is only shown at creation and rotation — store it securely.

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest): Request body for POST /v3/webhooks/endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookEndpointResponse200 | CreateWebhookEndpointResponse400 | CreateWebhookEndpointResponse401 | CreateWebhookEndpointResponse409 | CreateWebhookEndpointResponse429]
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
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
    | None
):
    """Create Webhook Endpoint

     Registers an HTTPS URL to receive webhook event notifications. Returns the endpoint details and a
    signing secret. The signing secret is only shown at creation and rotation — store it securely.

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest): Request body for POST /v3/webhooks/endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookEndpointResponse200 | CreateWebhookEndpointResponse400 | CreateWebhookEndpointResponse401 | CreateWebhookEndpointResponse409 | CreateWebhookEndpointResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
]:
    """Create Webhook Endpoint

     Registers an HTTPS URL to receive webhook event notifications. Returns the endpoint details and a
    signing secret. The signing secret is only shown at creation and rotation — store it securely.

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest): Request body for POST /v3/webhooks/endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookEndpointResponse200 | CreateWebhookEndpointResponse400 | CreateWebhookEndpointResponse401 | CreateWebhookEndpointResponse409 | CreateWebhookEndpointResponse429]
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
    body: CreateWebhookEndpointRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateWebhookEndpointResponse200
    | CreateWebhookEndpointResponse400
    | CreateWebhookEndpointResponse401
    | CreateWebhookEndpointResponse409
    | CreateWebhookEndpointResponse429
    | None
):
    """Create Webhook Endpoint

     Registers an HTTPS URL to receive webhook event notifications. Returns the endpoint details and a
    signing secret. The signing secret is only shown at creation and rotation — store it securely.

    Args:
        idempotency_key (str | Unset):
        body (CreateWebhookEndpointRequest): Request body for POST /v3/webhooks/endpoints.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookEndpointResponse200 | CreateWebhookEndpointResponse400 | CreateWebhookEndpointResponse401 | CreateWebhookEndpointResponse409 | CreateWebhookEndpointResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
