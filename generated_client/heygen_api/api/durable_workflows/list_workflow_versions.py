from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_workflow_versions_response_200 import (
    ListWorkflowVersionsResponse200,
)
from ...models.list_workflow_versions_response_400 import (
    ListWorkflowVersionsResponse400,
)
from ...models.list_workflow_versions_response_401 import (
    ListWorkflowVersionsResponse401,
)
from ...models.list_workflow_versions_response_404 import (
    ListWorkflowVersionsResponse404,
)
from ...models.list_workflow_versions_response_429 import (
    ListWorkflowVersionsResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
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
        "url": "/v3/workflows/{workflow_id}/versions".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListWorkflowVersionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWorkflowVersionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWorkflowVersionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ListWorkflowVersionsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ListWorkflowVersionsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
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
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
]:
    """List Workflow Versions

     Returns a paginated list of immutable, compiled versions for a workflow definition.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowVersionsResponse200 | ListWorkflowVersionsResponse400 | ListWorkflowVersionsResponse401 | ListWorkflowVersionsResponse404 | ListWorkflowVersionsResponse429]
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
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
    | None
):
    """List Workflow Versions

     Returns a paginated list of immutable, compiled versions for a workflow definition.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowVersionsResponse200 | ListWorkflowVersionsResponse400 | ListWorkflowVersionsResponse401 | ListWorkflowVersionsResponse404 | ListWorkflowVersionsResponse429
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
]:
    """List Workflow Versions

     Returns a paginated list of immutable, compiled versions for a workflow definition.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWorkflowVersionsResponse200 | ListWorkflowVersionsResponse400 | ListWorkflowVersionsResponse401 | ListWorkflowVersionsResponse404 | ListWorkflowVersionsResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListWorkflowVersionsResponse200
    | ListWorkflowVersionsResponse400
    | ListWorkflowVersionsResponse401
    | ListWorkflowVersionsResponse404
    | ListWorkflowVersionsResponse429
    | None
):
    """List Workflow Versions

     Returns a paginated list of immutable, compiled versions for a workflow definition.

    Args:
        workflow_id (str):
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWorkflowVersionsResponse200 | ListWorkflowVersionsResponse400 | ListWorkflowVersionsResponse401 | ListWorkflowVersionsResponse404 | ListWorkflowVersionsResponse429
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
