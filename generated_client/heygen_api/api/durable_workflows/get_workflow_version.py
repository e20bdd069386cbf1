from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_workflow_version_response_200 import GetWorkflowVersionResponse200
from ...models.get_workflow_version_response_400 import GetWorkflowVersionResponse400
from ...models.get_workflow_version_response_401 import GetWorkflowVersionResponse401
from ...models.get_workflow_version_response_404 import GetWorkflowVersionResponse404
from ...models.get_workflow_version_response_429 import GetWorkflowVersionResponse429
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    version_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/workflows/{workflow_id}/versions/{version_number}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            version_number=quote(str(version_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetWorkflowVersionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetWorkflowVersionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetWorkflowVersionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetWorkflowVersionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetWorkflowVersionResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    version_number: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
]:
    """Get Workflow Version

     Returns a single immutable, compiled workflow version, including its full plan summary.

    Args:
        workflow_id (str):
        version_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowVersionResponse200 | GetWorkflowVersionResponse400 | GetWorkflowVersionResponse401 | GetWorkflowVersionResponse404 | GetWorkflowVersionResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_number=version_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    version_number: int,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
    | None
):
    """Get Workflow Version

     Returns a single immutable, compiled workflow version, including its full plan summary.

    Args:
        workflow_id (str):
        version_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowVersionResponse200 | GetWorkflowVersionResponse400 | GetWorkflowVersionResponse401 | GetWorkflowVersionResponse404 | GetWorkflowVersionResponse429
    """

    return sync_detailed(
        workflow_id=workflow_id,
        version_number=version_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    version_number: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
]:
    """Get Workflow Version

     Returns a single immutable, compiled workflow version, including its full plan summary.

    Args:
        workflow_id (str):
        version_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWorkflowVersionResponse200 | GetWorkflowVersionResponse400 | GetWorkflowVersionResponse401 | GetWorkflowVersionResponse404 | GetWorkflowVersionResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_number=version_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    version_number: int,
    *,
    client: AuthenticatedClient,
) -> (
    GetWorkflowVersionResponse200
    | GetWorkflowVersionResponse400
    | GetWorkflowVersionResponse401
    | GetWorkflowVersionResponse404
    | GetWorkflowVersionResponse429
    | None
):
    """Get Workflow Version

     Returns a single immutable, compiled workflow version, including its full plan summary.

    Args:
        workflow_id (str):
        version_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWorkflowVersionResponse200 | GetWorkflowVersionResponse400 | GetWorkflowVersionResponse401 | GetWorkflowVersionResponse404 | GetWorkflowVersionResponse429
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            version_number=version_number,
            client=client,
        )
    ).parsed
