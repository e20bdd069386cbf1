from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_graph_execution_request import CreateGraphExecutionRequest
from ...models.create_graph_execution_response_200 import (
    CreateGraphExecutionResponse200,
)
from ...models.create_graph_execution_response_400 import (
    CreateGraphExecutionResponse400,
)
from ...models.create_graph_execution_response_401 import (
    CreateGraphExecutionResponse401,
)
from ...models.create_graph_execution_response_429 import (
    CreateGraphExecutionResponse429,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateGraphExecutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/graph-executions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateGraphExecutionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateGraphExecutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateGraphExecutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateGraphExecutionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
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
    body: CreateGraphExecutionRequest,
) -> Response[
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
]:
    """Create a graph execution

     Submit a multi-workflow graph for asynchronous execution. Returns an execution_id that can be polled
    via GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateGraphExecutionRequest): Request body for multi-workflow graph execution via
            POST /v1/workflows/graph-executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGraphExecutionResponse200 | CreateGraphExecutionResponse400 | CreateGraphExecutionResponse401 | CreateGraphExecutionResponse429]
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
    body: CreateGraphExecutionRequest,
) -> (
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
    | None
):
    """Create a graph execution

     Submit a multi-workflow graph for asynchronous execution. Returns an execution_id that can be polled
    via GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateGraphExecutionRequest): Request body for multi-workflow graph execution via
            POST /v1/workflows/graph-executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGraphExecutionResponse200 | CreateGraphExecutionResponse400 | CreateGraphExecutionResponse401 | CreateGraphExecutionResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateGraphExecutionRequest,
) -> Response[
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
]:
    """Create a graph execution

     Submit a multi-workflow graph for asynchronous execution. Returns an execution_id that can be polled
    via GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateGraphExecutionRequest): Request body for multi-workflow graph execution via
            POST /v1/workflows/graph-executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGraphExecutionResponse200 | CreateGraphExecutionResponse400 | CreateGraphExecutionResponse401 | CreateGraphExecutionResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateGraphExecutionRequest,
) -> (
    CreateGraphExecutionResponse200
    | CreateGraphExecutionResponse400
    | CreateGraphExecutionResponse401
    | CreateGraphExecutionResponse429
    | None
):
    """Create a graph execution

     Submit a multi-workflow graph for asynchronous execution. Returns an execution_id that can be polled
    via GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateGraphExecutionRequest): Request body for multi-workflow graph execution via
            POST /v1/workflows/graph-executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGraphExecutionResponse200 | CreateGraphExecutionResponse400 | CreateGraphExecutionResponse401 | CreateGraphExecutionResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
