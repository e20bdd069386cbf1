from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_execution_response_200 import (
    GetWorkflowExecutionResponse200,
)
from ...models.get_workflow_execution_response_400 import (
    GetWorkflowExecutionResponse400,
)
from ...models.get_workflow_execution_response_401 import (
    GetWorkflowExecutionResponse401,
)
from ...models.get_workflow_execution_response_404 import (
    GetWorkflowExecutionResponse404,
)
from ...models.get_workflow_execution_response_429 import (
    GetWorkflowExecutionResponse429,
)
from ...types import Response


def _get_kwargs(
    execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/executions/{execution_id}".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetWorkflowExecutionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetWorkflowExecutionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetWorkflowExecutionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetWorkflowExecutionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetWorkflowExecutionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
]:
    """Get workflow execution status

     Poll the status and output of a workflow execution.

    **Single-workflow executions** return output in the `output` field.

    **Multi-workflow graph executions** return all outputs in the `outputs` field, keyed by workflow ID.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowExecutionResponse200 | GetWorkflowExecutionResponse400 | GetWorkflowExecutionResponse401 | GetWorkflowExecutionResponse404 | GetWorkflowExecutionResponse429]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
    | None
):
    """Get workflow execution status

     Poll the status and output of a workflow execution.

    **Single-workflow executions** return output in the `output` field.

    **Multi-workflow graph executions** return all outputs in the `outputs` field, keyed by workflow ID.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowExecutionResponse200 | GetWorkflowExecutionResponse400 | GetWorkflowExecutionResponse401 | GetWorkflowExecutionResponse404 | GetWorkflowExecutionResponse429
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
]:
    """Get workflow execution status

     Poll the status and output of a workflow execution.

    **Single-workflow executions** return output in the `output` field.

    **Multi-workflow graph executions** return all outputs in the `outputs` field, keyed by workflow ID.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowExecutionResponse200 | GetWorkflowExecutionResponse400 | GetWorkflowExecutionResponse401 | GetWorkflowExecutionResponse404 | GetWorkflowExecutionResponse429]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowExecutionResponse200
    | GetWorkflowExecutionResponse400
    | GetWorkflowExecutionResponse401
    | GetWorkflowExecutionResponse404
    | GetWorkflowExecutionResponse429
    | None
):
    """Get workflow execution status

     Poll the status and output of a workflow execution.

    **Single-workflow executions** return output in the `output` field.

    **Multi-workflow graph executions** return all outputs in the `outputs` field, keyed by workflow ID.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowExecutionResponse200 | GetWorkflowExecutionResponse400 | GetWorkflowExecutionResponse401 | GetWorkflowExecutionResponse404 | GetWorkflowExecutionResponse429
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
        )
    ).parsed
