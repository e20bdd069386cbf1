from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_run_response_200 import GetWorkflowRunResponse200
from ...models.get_workflow_run_response_400 import GetWorkflowRunResponse400
from ...models.get_workflow_run_response_401 import GetWorkflowRunResponse401
from ...models.get_workflow_run_response_404 import GetWorkflowRunResponse404
from ...models.get_workflow_run_response_429 import GetWorkflowRunResponse429
from ...types import Response


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflow-runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetWorkflowRunResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetWorkflowRunResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetWorkflowRunResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetWorkflowRunResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetWorkflowRunResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
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
) -> Response[
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
]:
    """Get Workflow Run

     Returns a single workflow run: the exact version it is pinned to, created/started/completed
    timestamps, aggregate node progress, a sanitized terminal error (if any), and every declared output.
    A terminal run's response is self-contained — media outputs carry a fresh read-time URL (with expiry
    unless the object is public), and inline JSON outputs carry their value directly, bounded at 64 KiB
    per output and 256 KiB per response (larger values are delivered as references whose URL serves the
    value as a JSON document). The response body size does not grow with the run's node count; per-node
    detail lives under /nodes.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowRunResponse200 | GetWorkflowRunResponse400 | GetWorkflowRunResponse401 | GetWorkflowRunResponse404 | GetWorkflowRunResponse429]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
    | None
):
    """Get Workflow Run

     Returns a single workflow run: the exact version it is pinned to, created/started/completed
    timestamps, aggregate node progress, a sanitized terminal error (if any), and every declared output.
    A terminal run's response is self-contained — media outputs carry a fresh read-time URL (with expiry
    unless the object is public), and inline JSON outputs carry their value directly, bounded at 64 KiB
    per output and 256 KiB per response (larger values are delivered as references whose URL serves the
    value as a JSON document). The response body size does not grow with the run's node count; per-node
    detail lives under /nodes.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowRunResponse200 | GetWorkflowRunResponse400 | GetWorkflowRunResponse401 | GetWorkflowRunResponse404 | GetWorkflowRunResponse429
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
]:
    """Get Workflow Run

     Returns a single workflow run: the exact version it is pinned to, created/started/completed
    timestamps, aggregate node progress, a sanitized terminal error (if any), and every declared output.
    A terminal run's response is self-contained — media outputs carry a fresh read-time URL (with expiry
    unless the object is public), and inline JSON outputs carry their value directly, bounded at 64 KiB
    per output and 256 KiB per response (larger values are delivered as references whose URL serves the
    value as a JSON document). The response body size does not grow with the run's node count; per-node
    detail lives under /nodes.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowRunResponse200 | GetWorkflowRunResponse400 | GetWorkflowRunResponse401 | GetWorkflowRunResponse404 | GetWorkflowRunResponse429]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowRunResponse200
    | GetWorkflowRunResponse400
    | GetWorkflowRunResponse401
    | GetWorkflowRunResponse404
    | GetWorkflowRunResponse429
    | None
):
    """Get Workflow Run

     Returns a single workflow run: the exact version it is pinned to, created/started/completed
    timestamps, aggregate node progress, a sanitized terminal error (if any), and every declared output.
    A terminal run's response is self-contained — media outputs carry a fresh read-time URL (with expiry
    unless the object is public), and inline JSON outputs carry their value directly, bounded at 64 KiB
    per output and 256 KiB per response (larger values are delivered as references whose URL serves the
    value as a JSON document). The response body size does not grow with the run's node count; per-node
    detail lives under /nodes.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowRunResponse200 | GetWorkflowRunResponse400 | GetWorkflowRunResponse401 | GetWorkflowRunResponse404 | GetWorkflowRunResponse429
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
