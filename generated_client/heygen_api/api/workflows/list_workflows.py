from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_workflows_response_200 import ListWorkflowsResponse200
from ...models.list_workflows_response_400 import ListWorkflowsResponse400
from ...models.list_workflows_response_401 import ListWorkflowsResponse401
from ...models.list_workflows_response_429 import ListWorkflowsResponse429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListWorkflowsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWorkflowsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWorkflowsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListWorkflowsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
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
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
]:
    """List available workflows

     List all available workflow types with their input/output schemas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponse200 | ListWorkflowsResponse400 | ListWorkflowsResponse401 | ListWorkflowsResponse429]
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
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
    | None
):
    """List available workflows

     List all available workflow types with their input/output schemas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponse200 | ListWorkflowsResponse400 | ListWorkflowsResponse401 | ListWorkflowsResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
]:
    """List available workflows

     List all available workflow types with their input/output schemas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowsResponse200 | ListWorkflowsResponse400 | ListWorkflowsResponse401 | ListWorkflowsResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListWorkflowsResponse200
    | ListWorkflowsResponse400
    | ListWorkflowsResponse401
    | ListWorkflowsResponse429
    | None
):
    """List available workflows

     List all available workflow types with their input/output schemas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowsResponse200 | ListWorkflowsResponse400 | ListWorkflowsResponse401 | ListWorkflowsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
