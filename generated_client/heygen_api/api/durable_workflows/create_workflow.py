from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_request import CreateWorkflowRequest
from ...models.create_workflow_response_200 import CreateWorkflowResponse200
from ...models.create_workflow_response_201 import CreateWorkflowResponse201
from ...models.create_workflow_response_400 import CreateWorkflowResponse400
from ...models.create_workflow_response_401 import CreateWorkflowResponse401
from ...models.create_workflow_response_409 import CreateWorkflowResponse409
from ...models.create_workflow_response_422 import CreateWorkflowResponse422
from ...models.create_workflow_response_429 import CreateWorkflowResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/workflows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateWorkflowResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateWorkflowResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateWorkflowResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateWorkflowResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateWorkflowResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = CreateWorkflowResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateWorkflowResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
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
    body: CreateWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
]:
    """Create Workflow

     Atomically creates a workflow and publishes its required product graph as immutable version 1: the
    graph is validated and compiled first, then the workflow, its published version 1, and its `active`
    status commit together. The response's `latest_version` names the exact version this request
    published, ready to run. A graph that fails validation (including node types not available for
    authoring — see the node-types catalog) returns 422 `graph_invalid` and creates nothing; a name
    already used in the space returns 409 `conflict` with no partial writes.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200** (only the body is cached, not the original 201; the
    workflow already exists on a replay). Reusing a key with a different name, graph, or metadata
    returns 409 `conflict` instead of replaying. Keys are held in Redis for 24 hours; if the cache is
    unavailable the request executes and a duplicate retry converges on the duplicate-name 409. This
    differs from run creation's idempotency, which is durable (DB-backed, no expiry). A replay is a
    snapshot of the original response — later changes (e.g. archival) do not appear in it.

    Args:
        idempotency_key (str | Unset):
        body (CreateWorkflowRequest): Request body for POST /v3/workflows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowResponse200 | CreateWorkflowResponse201 | CreateWorkflowResponse400 | CreateWorkflowResponse401 | CreateWorkflowResponse409 | CreateWorkflowResponse422 | CreateWorkflowResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
    | None
):
    """Create Workflow

     Atomically creates a workflow and publishes its required product graph as immutable version 1: the
    graph is validated and compiled first, then the workflow, its published version 1, and its `active`
    status commit together. The response's `latest_version` names the exact version this request
    published, ready to run. A graph that fails validation (including node types not available for
    authoring — see the node-types catalog) returns 422 `graph_invalid` and creates nothing; a name
    already used in the space returns 409 `conflict` with no partial writes.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200** (only the body is cached, not the original 201; the
    workflow already exists on a replay). Reusing a key with a different name, graph, or metadata
    returns 409 `conflict` instead of replaying. Keys are held in Redis for 24 hours; if the cache is
    unavailable the request executes and a duplicate retry converges on the duplicate-name 409. This
    differs from run creation's idempotency, which is durable (DB-backed, no expiry). A replay is a
    snapshot of the original response — later changes (e.g. archival) do not appear in it.

    Args:
        idempotency_key (str | Unset):
        body (CreateWorkflowRequest): Request body for POST /v3/workflows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowResponse200 | CreateWorkflowResponse201 | CreateWorkflowResponse400 | CreateWorkflowResponse401 | CreateWorkflowResponse409 | CreateWorkflowResponse422 | CreateWorkflowResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
]:
    """Create Workflow

     Atomically creates a workflow and publishes its required product graph as immutable version 1: the
    graph is validated and compiled first, then the workflow, its published version 1, and its `active`
    status commit together. The response's `latest_version` names the exact version this request
    published, ready to run. A graph that fails validation (including node types not available for
    authoring — see the node-types catalog) returns 422 `graph_invalid` and creates nothing; a name
    already used in the space returns 409 `conflict` with no partial writes.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200** (only the body is cached, not the original 201; the
    workflow already exists on a replay). Reusing a key with a different name, graph, or metadata
    returns 409 `conflict` instead of replaying. Keys are held in Redis for 24 hours; if the cache is
    unavailable the request executes and a duplicate retry converges on the duplicate-name 409. This
    differs from run creation's idempotency, which is durable (DB-backed, no expiry). A replay is a
    snapshot of the original response — later changes (e.g. archival) do not appear in it.

    Args:
        idempotency_key (str | Unset):
        body (CreateWorkflowRequest): Request body for POST /v3/workflows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowResponse200 | CreateWorkflowResponse201 | CreateWorkflowResponse400 | CreateWorkflowResponse401 | CreateWorkflowResponse409 | CreateWorkflowResponse422 | CreateWorkflowResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateWorkflowResponse200
    | CreateWorkflowResponse201
    | CreateWorkflowResponse400
    | CreateWorkflowResponse401
    | CreateWorkflowResponse409
    | CreateWorkflowResponse422
    | CreateWorkflowResponse429
    | None
):
    """Create Workflow

     Atomically creates a workflow and publishes its required product graph as immutable version 1: the
    graph is validated and compiled first, then the workflow, its published version 1, and its `active`
    status commit together. The response's `latest_version` names the exact version this request
    published, ready to run. A graph that fails validation (including node types not available for
    authoring — see the node-types catalog) returns 422 `graph_invalid` and creates nothing; a name
    already used in the space returns 409 `conflict` with no partial writes.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200** (only the body is cached, not the original 201; the
    workflow already exists on a replay). Reusing a key with a different name, graph, or metadata
    returns 409 `conflict` instead of replaying. Keys are held in Redis for 24 hours; if the cache is
    unavailable the request executes and a duplicate retry converges on the duplicate-name 409. This
    differs from run creation's idempotency, which is durable (DB-backed, no expiry). A replay is a
    snapshot of the original response — later changes (e.g. archival) do not appear in it.

    Args:
        idempotency_key (str | Unset):
        body (CreateWorkflowRequest): Request body for POST /v3/workflows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowResponse200 | CreateWorkflowResponse201 | CreateWorkflowResponse400 | CreateWorkflowResponse401 | CreateWorkflowResponse409 | CreateWorkflowResponse422 | CreateWorkflowResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
