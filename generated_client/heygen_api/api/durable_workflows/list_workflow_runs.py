from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_workflow_runs_response_200 import ListWorkflowRunsResponse200
from ...models.list_workflow_runs_response_400 import ListWorkflowRunsResponse400
from ...models.list_workflow_runs_response_401 import ListWorkflowRunsResponse401
from ...models.list_workflow_runs_response_429 import ListWorkflowRunsResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_id: str,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workflow_id"] = workflow_id

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflow-runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListWorkflowRunsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWorkflowRunsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWorkflowRunsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListWorkflowRunsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
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
    workflow_id: str,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
]:
    """List Workflow Runs

     Returns a paginated list of runs for the workflow named by the required `workflow_id` query
    parameter, newest first. List items are compact status rows; fetch a single run for its outputs and
    error detail.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowRunsResponse200 | ListWorkflowRunsResponse400 | ListWorkflowRunsResponse401 | ListWorkflowRunsResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
    | None
):
    """List Workflow Runs

     Returns a paginated list of runs for the workflow named by the required `workflow_id` query
    parameter, newest first. List items are compact status rows; fetch a single run for its outputs and
    error detail.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowRunsResponse200 | ListWorkflowRunsResponse400 | ListWorkflowRunsResponse401 | ListWorkflowRunsResponse429
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
]:
    """List Workflow Runs

     Returns a paginated list of runs for the workflow named by the required `workflow_id` query
    parameter, newest first. List items are compact status rows; fetch a single run for its outputs and
    error detail.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowRunsResponse200 | ListWorkflowRunsResponse400 | ListWorkflowRunsResponse401 | ListWorkflowRunsResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowRunsResponse200
    | ListWorkflowRunsResponse400
    | ListWorkflowRunsResponse401
    | ListWorkflowRunsResponse429
    | None
):
    """List Workflow Runs

     Returns a paginated list of runs for the workflow named by the required `workflow_id` query
    parameter, newest first. List items are compact status rows; fetch a single run for its outputs and
    error detail.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowRunsResponse200 | ListWorkflowRunsResponse400 | ListWorkflowRunsResponse401 | ListWorkflowRunsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            limit=limit,
            token=token,
        )
    ).parsed
