from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_workflow_draft_request import UpdateWorkflowDraftRequest
from ...models.update_workflow_draft_response_200 import UpdateWorkflowDraftResponse200
from ...models.update_workflow_draft_response_400 import UpdateWorkflowDraftResponse400
from ...models.update_workflow_draft_response_401 import UpdateWorkflowDraftResponse401
from ...models.update_workflow_draft_response_404 import UpdateWorkflowDraftResponse404
from ...models.update_workflow_draft_response_409 import UpdateWorkflowDraftResponse409
from ...models.update_workflow_draft_response_422 import UpdateWorkflowDraftResponse422
from ...models.update_workflow_draft_response_429 import UpdateWorkflowDraftResponse429
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    *,
    body: UpdateWorkflowDraftRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateWorkflowDraftResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateWorkflowDraftResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateWorkflowDraftResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateWorkflowDraftResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateWorkflowDraftResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = UpdateWorkflowDraftResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateWorkflowDraftResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
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
    body: UpdateWorkflowDraftRequest,
) -> Response[
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
]:
    """Update Workflow Draft

     Replaces the mutable draft product graph. Rejected (409) if `expected_revision` is stale, and 422
    `graph_invalid` if the graph uses node types not available for authoring — the draft is left
    unchanged in both cases.

    Args:
        workflow_id (str):
        body (UpdateWorkflowDraftRequest): Request body for PATCH /v3/workflows/{workflow_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkflowDraftResponse200 | UpdateWorkflowDraftResponse400 | UpdateWorkflowDraftResponse401 | UpdateWorkflowDraftResponse404 | UpdateWorkflowDraftResponse409 | UpdateWorkflowDraftResponse422 | UpdateWorkflowDraftResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkflowDraftRequest,
) -> (
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
    | None
):
    """Update Workflow Draft

     Replaces the mutable draft product graph. Rejected (409) if `expected_revision` is stale, and 422
    `graph_invalid` if the graph uses node types not available for authoring — the draft is left
    unchanged in both cases.

    Args:
        workflow_id (str):
        body (UpdateWorkflowDraftRequest): Request body for PATCH /v3/workflows/{workflow_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkflowDraftResponse200 | UpdateWorkflowDraftResponse400 | UpdateWorkflowDraftResponse401 | UpdateWorkflowDraftResponse404 | UpdateWorkflowDraftResponse409 | UpdateWorkflowDraftResponse422 | UpdateWorkflowDraftResponse429
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkflowDraftRequest,
) -> Response[
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
]:
    """Update Workflow Draft

     Replaces the mutable draft product graph. Rejected (409) if `expected_revision` is stale, and 422
    `graph_invalid` if the graph uses node types not available for authoring — the draft is left
    unchanged in both cases.

    Args:
        workflow_id (str):
        body (UpdateWorkflowDraftRequest): Request body for PATCH /v3/workflows/{workflow_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateWorkflowDraftResponse200 | UpdateWorkflowDraftResponse400 | UpdateWorkflowDraftResponse401 | UpdateWorkflowDraftResponse404 | UpdateWorkflowDraftResponse409 | UpdateWorkflowDraftResponse422 | UpdateWorkflowDraftResponse429]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkflowDraftRequest,
) -> (
    UpdateWorkflowDraftResponse200
    | UpdateWorkflowDraftResponse400
    | UpdateWorkflowDraftResponse401
    | UpdateWorkflowDraftResponse404
    | UpdateWorkflowDraftResponse409
    | UpdateWorkflowDraftResponse422
    | UpdateWorkflowDraftResponse429
    | None
):
    """Update Workflow Draft

     Replaces the mutable draft product graph. Rejected (409) if `expected_revision` is stale, and 422
    `graph_invalid` if the graph uses node types not available for authoring — the draft is left
    unchanged in both cases.

    Args:
        workflow_id (str):
        body (UpdateWorkflowDraftRequest): Request body for PATCH /v3/workflows/{workflow_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateWorkflowDraftResponse200 | UpdateWorkflowDraftResponse400 | UpdateWorkflowDraftResponse401 | UpdateWorkflowDraftResponse404 | UpdateWorkflowDraftResponse409 | UpdateWorkflowDraftResponse422 | UpdateWorkflowDraftResponse429
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
