from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_webhook_endpoint_response_200 import (
    DeleteWebhookEndpointResponse200,
)
from ...models.delete_webhook_endpoint_response_400 import (
    DeleteWebhookEndpointResponse400,
)
from ...models.delete_webhook_endpoint_response_401 import (
    DeleteWebhookEndpointResponse401,
)
from ...models.delete_webhook_endpoint_response_404 import (
    DeleteWebhookEndpointResponse404,
)
from ...models.delete_webhook_endpoint_response_429 import (
    DeleteWebhookEndpointResponse429,
)
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/webhooks/endpoints/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteWebhookEndpointResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteWebhookEndpointResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteWebhookEndpointResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteWebhookEndpointResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteWebhookEndpointResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
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
) -> Response[
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
]:
    """Delete Webhook Endpoint

     Permanently removes a webhook endpoint. Events will no longer be delivered to this URL. This action
    cannot be undone.

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWebhookEndpointResponse200 | DeleteWebhookEndpointResponse400 | DeleteWebhookEndpointResponse401 | DeleteWebhookEndpointResponse404 | DeleteWebhookEndpointResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
    | None
):
    """Delete Webhook Endpoint

     Permanently removes a webhook endpoint. Events will no longer be delivered to this URL. This action
    cannot be undone.

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWebhookEndpointResponse200 | DeleteWebhookEndpointResponse400 | DeleteWebhookEndpointResponse401 | DeleteWebhookEndpointResponse404 | DeleteWebhookEndpointResponse429
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
]:
    """Delete Webhook Endpoint

     Permanently removes a webhook endpoint. Events will no longer be delivered to this URL. This action
    cannot be undone.

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWebhookEndpointResponse200 | DeleteWebhookEndpointResponse400 | DeleteWebhookEndpointResponse401 | DeleteWebhookEndpointResponse404 | DeleteWebhookEndpointResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteWebhookEndpointResponse200
    | DeleteWebhookEndpointResponse400
    | DeleteWebhookEndpointResponse401
    | DeleteWebhookEndpointResponse404
    | DeleteWebhookEndpointResponse429
    | None
):
    """Delete Webhook Endpoint

     Permanently removes a webhook endpoint. Events will no longer be delivered to this URL. This action
    cannot be undone.

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWebhookEndpointResponse200 | DeleteWebhookEndpointResponse400 | DeleteWebhookEndpointResponse401 | DeleteWebhookEndpointResponse404 | DeleteWebhookEndpointResponse429
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
        )
    ).parsed
