from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_webhook_endpoint_request import UpdateWebhookEndpointRequest
from ...models.update_webhook_endpoint_response_200 import (
    UpdateWebhookEndpointResponse200,
)
from ...models.update_webhook_endpoint_response_400 import (
    UpdateWebhookEndpointResponse400,
)
from ...models.update_webhook_endpoint_response_401 import (
    UpdateWebhookEndpointResponse401,
)
from ...models.update_webhook_endpoint_response_404 import (
    UpdateWebhookEndpointResponse404,
)
from ...models.update_webhook_endpoint_response_429 import (
    UpdateWebhookEndpointResponse429,
)
from ...types import Response


def _get_kwargs(
    endpoint_id: str,
    *,
    body: UpdateWebhookEndpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/webhooks/endpoints/{endpoint_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateWebhookEndpointResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateWebhookEndpointResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateWebhookEndpointResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateWebhookEndpointResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = UpdateWebhookEndpointResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
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
    body: UpdateWebhookEndpointRequest,
) -> Response[
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
]:
    """Update Webhook Endpoint

     Updates the URL and/or subscribed event types for a webhook endpoint. The events array is fully
    replaced — include all types you want to keep.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpointRequest): Request body for PATCH
            /v3/webhooks/endpoints/{endpoint_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWebhookEndpointResponse200 | UpdateWebhookEndpointResponse400 | UpdateWebhookEndpointResponse401 | UpdateWebhookEndpointResponse404 | UpdateWebhookEndpointResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
) -> (
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
    | None
):
    """Update Webhook Endpoint

     Updates the URL and/or subscribed event types for a webhook endpoint. The events array is fully
    replaced — include all types you want to keep.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpointRequest): Request body for PATCH
            /v3/webhooks/endpoints/{endpoint_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWebhookEndpointResponse200 | UpdateWebhookEndpointResponse400 | UpdateWebhookEndpointResponse401 | UpdateWebhookEndpointResponse404 | UpdateWebhookEndpointResponse429
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
) -> Response[
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
]:
    """Update Webhook Endpoint

     Updates the URL and/or subscribed event types for a webhook endpoint. The events array is fully
    replaced — include all types you want to keep.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpointRequest): Request body for PATCH
            /v3/webhooks/endpoints/{endpoint_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWebhookEndpointResponse200 | UpdateWebhookEndpointResponse400 | UpdateWebhookEndpointResponse401 | UpdateWebhookEndpointResponse404 | UpdateWebhookEndpointResponse429]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWebhookEndpointRequest,
) -> (
    UpdateWebhookEndpointResponse200
    | UpdateWebhookEndpointResponse400
    | UpdateWebhookEndpointResponse401
    | UpdateWebhookEndpointResponse404
    | UpdateWebhookEndpointResponse429
    | None
):
    """Update Webhook Endpoint

     Updates the URL and/or subscribed event types for a webhook endpoint. The events array is fully
    replaced — include all types you want to keep.

    Args:
        endpoint_id (str):
        body (UpdateWebhookEndpointRequest): Request body for PATCH
            /v3/webhooks/endpoints/{endpoint_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWebhookEndpointResponse200 | UpdateWebhookEndpointResponse400 | UpdateWebhookEndpointResponse401 | UpdateWebhookEndpointResponse404 | UpdateWebhookEndpointResponse429
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
