from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhook_event_types_response_200 import (
    ListWebhookEventTypesResponse200,
)
from ...models.list_webhook_event_types_response_400 import (
    ListWebhookEventTypesResponse400,
)
from ...models.list_webhook_event_types_response_401 import (
    ListWebhookEventTypesResponse401,
)
from ...models.list_webhook_event_types_response_429 import (
    ListWebhookEventTypesResponse429,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/webhooks/event-types",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListWebhookEventTypesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWebhookEventTypesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWebhookEventTypesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListWebhookEventTypesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
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
) -> Response[
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
]:
    """List Webhook Event Types

     Returns all available webhook event types with human-readable descriptions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookEventTypesResponse200 | ListWebhookEventTypesResponse400 | ListWebhookEventTypesResponse401 | ListWebhookEventTypesResponse429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
    | None
):
    """List Webhook Event Types

     Returns all available webhook event types with human-readable descriptions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookEventTypesResponse200 | ListWebhookEventTypesResponse400 | ListWebhookEventTypesResponse401 | ListWebhookEventTypesResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
]:
    """List Webhook Event Types

     Returns all available webhook event types with human-readable descriptions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhookEventTypesResponse200 | ListWebhookEventTypesResponse400 | ListWebhookEventTypesResponse401 | ListWebhookEventTypesResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListWebhookEventTypesResponse200
    | ListWebhookEventTypesResponse400
    | ListWebhookEventTypesResponse401
    | ListWebhookEventTypesResponse429
    | None
):
    """List Webhook Event Types

     Returns all available webhook event types with human-readable descriptions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhookEventTypesResponse200 | ListWebhookEventTypesResponse400 | ListWebhookEventTypesResponse401 | ListWebhookEventTypesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
