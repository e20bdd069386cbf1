from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_node_types_response_200 import (
    GetWorkflowNodeTypesResponse200,
)
from ...models.get_workflow_node_types_response_400 import (
    GetWorkflowNodeTypesResponse400,
)
from ...models.get_workflow_node_types_response_401 import (
    GetWorkflowNodeTypesResponse401,
)
from ...models.get_workflow_node_types_response_429 import (
    GetWorkflowNodeTypesResponse429,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflows/node-types",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetWorkflowNodeTypesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetWorkflowNodeTypesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetWorkflowNodeTypesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = GetWorkflowNodeTypesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
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
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
]:
    """List Workflow Node Types

     Discovery catalog of authorable node types, grouped by family with per-variant config schema and
    ports. Discovery metadata only: publishing a workflow version remains the authoritative validation
    of a graph.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowNodeTypesResponse200 | GetWorkflowNodeTypesResponse400 | GetWorkflowNodeTypesResponse401 | GetWorkflowNodeTypesResponse429]
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
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
    | None
):
    """List Workflow Node Types

     Discovery catalog of authorable node types, grouped by family with per-variant config schema and
    ports. Discovery metadata only: publishing a workflow version remains the authoritative validation
    of a graph.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowNodeTypesResponse200 | GetWorkflowNodeTypesResponse400 | GetWorkflowNodeTypesResponse401 | GetWorkflowNodeTypesResponse429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
]:
    """List Workflow Node Types

     Discovery catalog of authorable node types, grouped by family with per-variant config schema and
    ports. Discovery metadata only: publishing a workflow version remains the authoritative validation
    of a graph.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowNodeTypesResponse200 | GetWorkflowNodeTypesResponse400 | GetWorkflowNodeTypesResponse401 | GetWorkflowNodeTypesResponse429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowNodeTypesResponse200
    | GetWorkflowNodeTypesResponse400
    | GetWorkflowNodeTypesResponse401
    | GetWorkflowNodeTypesResponse429
    | None
):
    """List Workflow Node Types

     Discovery catalog of authorable node types, grouped by family with per-variant config schema and
    ports. Discovery metadata only: publishing a workflow version remains the authoritative validation
    of a graph.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowNodeTypesResponse200 | GetWorkflowNodeTypesResponse400 | GetWorkflowNodeTypesResponse401 | GetWorkflowNodeTypesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
