from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_response_200 import GetWorkflowResponse200
from ...models.get_workflow_response_400 import GetWorkflowResponse400
from ...models.get_workflow_response_401 import GetWorkflowResponse401
from ...models.get_workflow_response_404 import GetWorkflowResponse404
from ...models.get_workflow_response_429 import GetWorkflowResponse429
from ...types import Response


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetWorkflowResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetWorkflowResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetWorkflowResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetWorkflowResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetWorkflowResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
]:
    """Get Workflow

     Returns a single workflow definition, including its current mutable draft graph.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowResponse200 | GetWorkflowResponse400 | GetWorkflowResponse401 | GetWorkflowResponse404 | GetWorkflowResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
    | None
):
    """Get Workflow

     Returns a single workflow definition, including its current mutable draft graph.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowResponse200 | GetWorkflowResponse400 | GetWorkflowResponse401 | GetWorkflowResponse404 | GetWorkflowResponse429
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
]:
    """Get Workflow

     Returns a single workflow definition, including its current mutable draft graph.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowResponse200 | GetWorkflowResponse400 | GetWorkflowResponse401 | GetWorkflowResponse404 | GetWorkflowResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowResponse200
    | GetWorkflowResponse400
    | GetWorkflowResponse401
    | GetWorkflowResponse404
    | GetWorkflowResponse429
    | None
):
    """Get Workflow

     Returns a single workflow definition, including its current mutable draft graph.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowResponse200 | GetWorkflowResponse400 | GetWorkflowResponse401 | GetWorkflowResponse404 | GetWorkflowResponse429
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
        )
    ).parsed
