from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_workflow_run_nodes_response_200 import (
    ListWorkflowRunNodesResponse200,
)
from ...models.list_workflow_run_nodes_response_400 import (
    ListWorkflowRunNodesResponse400,
)
from ...models.list_workflow_run_nodes_response_401 import (
    ListWorkflowRunNodesResponse401,
)
from ...models.list_workflow_run_nodes_response_404 import (
    ListWorkflowRunNodesResponse404,
)
from ...models.list_workflow_run_nodes_response_429 import (
    ListWorkflowRunNodesResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflow-runs/{run_id}/nodes".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListWorkflowRunNodesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWorkflowRunNodesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWorkflowRunNodesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ListWorkflowRunNodesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListWorkflowRunNodesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
]:
    """List Workflow Run Nodes

     Paginated per-node diagnostics for one run: node id, status, timestamps, and a sanitized error for
    failed nodes. Diagnostics only — a run's declared outputs live on the run resource itself.

    Args:
        run_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowRunNodesResponse200 | ListWorkflowRunNodesResponse400 | ListWorkflowRunNodesResponse401 | ListWorkflowRunNodesResponse404 | ListWorkflowRunNodesResponse429]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
    | None
):
    """List Workflow Run Nodes

     Paginated per-node diagnostics for one run: node id, status, timestamps, and a sanitized error for
    failed nodes. Diagnostics only — a run's declared outputs live on the run resource itself.

    Args:
        run_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowRunNodesResponse200 | ListWorkflowRunNodesResponse400 | ListWorkflowRunNodesResponse401 | ListWorkflowRunNodesResponse404 | ListWorkflowRunNodesResponse429
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
]:
    """List Workflow Run Nodes

     Paginated per-node diagnostics for one run: node id, status, timestamps, and a sanitized error for
    failed nodes. Diagnostics only — a run's declared outputs live on the run resource itself.

    Args:
        run_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowRunNodesResponse200 | ListWorkflowRunNodesResponse400 | ListWorkflowRunNodesResponse401 | ListWorkflowRunNodesResponse404 | ListWorkflowRunNodesResponse429]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowRunNodesResponse200
    | ListWorkflowRunNodesResponse400
    | ListWorkflowRunNodesResponse401
    | ListWorkflowRunNodesResponse404
    | ListWorkflowRunNodesResponse429
    | None
):
    """List Workflow Run Nodes

     Paginated per-node diagnostics for one run: node id, status, timestamps, and a sanitized error for
    failed nodes. Diagnostics only — a run's declared outputs live on the run resource itself.

    Args:
        run_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowRunNodesResponse200 | ListWorkflowRunNodesResponse400 | ListWorkflowRunNodesResponse401 | ListWorkflowRunNodesResponse404 | ListWorkflowRunNodesResponse429
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
