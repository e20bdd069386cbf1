from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rotate_webhook_endpoint_secret_response_200 import (
    RotateWebhookEndpointSecretResponse200,
)
from ...models.rotate_webhook_endpoint_secret_response_400 import (
    RotateWebhookEndpointSecretResponse400,
)
from ...models.rotate_webhook_endpoint_secret_response_401 import (
    RotateWebhookEndpointSecretResponse401,
)
from ...models.rotate_webhook_endpoint_secret_response_404 import (
    RotateWebhookEndpointSecretResponse404,
)
from ...models.rotate_webhook_endpoint_secret_response_409 import (
    RotateWebhookEndpointSecretResponse409,
)
from ...models.rotate_webhook_endpoint_secret_response_429 import (
    RotateWebhookEndpointSecretResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
    | None
):
    if response.status_code == 200:
        response_200 = RotateWebhookEndpointSecretResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RotateWebhookEndpointSecretResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RotateWebhookEndpointSecretResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = RotateWebhookEndpointSecretResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RotateWebhookEndpointSecretResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = RotateWebhookEndpointSecretResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
]:
    """Rotate Webhook Signing Secret

     Generates a new signing secret for a webhook endpoint and immediately invalidates the old one. Store
    the new secret securely — it will not be shown again.

    Args:
        endpoint_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateWebhookEndpointSecretResponse200 | RotateWebhookEndpointSecretResponse400 | RotateWebhookEndpointSecretResponse401 | RotateWebhookEndpointSecretResponse404 | RotateWebhookEndpointSecretResponse409 | RotateWebhookEndpointSecretResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> (
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
    | None
):
    """Rotate Webhook Signing Secret

     Generates a new signing secret for a webhook endpoint and immediately invalidates the old one. Store
    the new secret securely — it will not be shown again.

    Args:
        endpoint_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateWebhookEndpointSecretResponse200 | RotateWebhookEndpointSecretResponse400 | RotateWebhookEndpointSecretResponse401 | RotateWebhookEndpointSecretResponse404 | RotateWebhookEndpointSecretResponse409 | RotateWebhookEndpointSecretResponse429
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
]:
    """Rotate Webhook Signing Secret

     Generates a new signing secret for a webhook endpoint and immediately invalidates the old one. Store
    the new secret securely — it will not be shown again.

    Args:
        endpoint_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateWebhookEndpointSecretResponse200 | RotateWebhookEndpointSecretResponse400 | RotateWebhookEndpointSecretResponse401 | RotateWebhookEndpointSecretResponse404 | RotateWebhookEndpointSecretResponse409 | RotateWebhookEndpointSecretResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> (
    RotateWebhookEndpointSecretResponse200
    | RotateWebhookEndpointSecretResponse400
    | RotateWebhookEndpointSecretResponse401
    | RotateWebhookEndpointSecretResponse404
    | RotateWebhookEndpointSecretResponse409
    | RotateWebhookEndpointSecretResponse429
    | None
):
    """Rotate Webhook Signing Secret

     Generates a new signing secret for a webhook endpoint and immediately invalidates the old one. Store
    the new secret securely — it will not be shown again.

    Args:
        endpoint_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateWebhookEndpointSecretResponse200 | RotateWebhookEndpointSecretResponse400 | RotateWebhookEndpointSecretResponse401 | RotateWebhookEndpointSecretResponse404 | RotateWebhookEndpointSecretResponse409 | RotateWebhookEndpointSecretResponse429
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
