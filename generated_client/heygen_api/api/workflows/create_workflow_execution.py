from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_execution_request import CreateWorkflowExecutionRequest
from ...models.create_workflow_execution_response_200 import (
    CreateWorkflowExecutionResponse200,
)
from ...models.create_workflow_execution_response_400 import (
    CreateWorkflowExecutionResponse400,
)
from ...models.create_workflow_execution_response_401 import (
    CreateWorkflowExecutionResponse401,
)
from ...models.create_workflow_execution_response_429 import (
    CreateWorkflowExecutionResponse429,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWorkflowExecutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/executions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateWorkflowExecutionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateWorkflowExecutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateWorkflowExecutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateWorkflowExecutionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
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
    body: CreateWorkflowExecutionRequest,
) -> Response[
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
]:
    """Create a workflow execution

     Submit a single workflow for asynchronous execution. Returns an execution_id that can be polled via
    GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateWorkflowExecutionRequest): Request body for single-workflow execution via POST
            /v1/workflows/executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowExecutionResponse200 | CreateWorkflowExecutionResponse400 | CreateWorkflowExecutionResponse401 | CreateWorkflowExecutionResponse429]
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
    body: CreateWorkflowExecutionRequest,
) -> (
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
    | None
):
    """Create a workflow execution

     Submit a single workflow for asynchronous execution. Returns an execution_id that can be polled via
    GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateWorkflowExecutionRequest): Request body for single-workflow execution via POST
            /v1/workflows/executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowExecutionResponse200 | CreateWorkflowExecutionResponse400 | CreateWorkflowExecutionResponse401 | CreateWorkflowExecutionResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowExecutionRequest,
) -> Response[
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
]:
    """Create a workflow execution

     Submit a single workflow for asynchronous execution. Returns an execution_id that can be polled via
    GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateWorkflowExecutionRequest): Request body for single-workflow execution via POST
            /v1/workflows/executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowExecutionResponse200 | CreateWorkflowExecutionResponse400 | CreateWorkflowExecutionResponse401 | CreateWorkflowExecutionResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowExecutionRequest,
) -> (
    CreateWorkflowExecutionResponse200
    | CreateWorkflowExecutionResponse400
    | CreateWorkflowExecutionResponse401
    | CreateWorkflowExecutionResponse429
    | None
):
    """Create a workflow execution

     Submit a single workflow for asynchronous execution. Returns an execution_id that can be polled via
    GET /v1/workflows/executions/{execution_id}.

    Args:
        body (CreateWorkflowExecutionRequest): Request body for single-workflow execution via POST
            /v1/workflows/executions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowExecutionResponse200 | CreateWorkflowExecutionResponse400 | CreateWorkflowExecutionResponse401 | CreateWorkflowExecutionResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
