from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_version_request import PublishVersionRequest
from ...models.publish_workflow_version_response_200 import (
    PublishWorkflowVersionResponse200,
)
from ...models.publish_workflow_version_response_201 import (
    PublishWorkflowVersionResponse201,
)
from ...models.publish_workflow_version_response_400 import (
    PublishWorkflowVersionResponse400,
)
from ...models.publish_workflow_version_response_401 import (
    PublishWorkflowVersionResponse401,
)
from ...models.publish_workflow_version_response_404 import (
    PublishWorkflowVersionResponse404,
)
from ...models.publish_workflow_version_response_409 import (
    PublishWorkflowVersionResponse409,
)
from ...models.publish_workflow_version_response_422 import (
    PublishWorkflowVersionResponse422,
)
from ...models.publish_workflow_version_response_429 import (
    PublishWorkflowVersionResponse429,
)
from ...models.publish_workflow_version_response_503 import (
    PublishWorkflowVersionResponse503,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    body: PublishVersionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/workflows/{workflow_id}/versions".format(
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
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PublishWorkflowVersionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PublishWorkflowVersionResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = PublishWorkflowVersionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PublishWorkflowVersionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = PublishWorkflowVersionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = PublishWorkflowVersionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = PublishWorkflowVersionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PublishWorkflowVersionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = PublishWorkflowVersionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
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
    body: PublishVersionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
]:
    """Publish Workflow Version

     Compile the complete product graph in the request body and persist it as the next immutable version.
    The workflow's internal draft is neither read nor modified. Returns 201 when a new version is
    created and 200 when the latest version is already identical (republishing the same graph is a no-op
    that returns it). Republishing an older graph after a newer one creates a NEW version — version
    history is append-only, so rollback means republishing the prior graph.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200 even if the original call returned 201** — only the body
    is cached, not its status. Do not key 'just created' behaviour off the status code alone on a
    replay; compare `version_number` against what you already hold. Reusing a key with a different graph
    — or against a different `workflow_id` — returns 409 `conflict` instead of replaying. Keys are held
    in Redis for 24 hours; if the cache is unavailable the request executes and an identical retry
    converges on the 200-existing-version answer — provided no different publish landed in between;
    otherwise the retry creates a new version, since history is append-only. This differs from run
    creation's idempotency, which is durable (DB-backed, no expiry). A replay is a snapshot of the
    original response.

    A graph that fails validation returns 422 `graph_invalid` with every issue listed in
    `error.errors[]`, and nothing is published — the latest version is unchanged.

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (PublishVersionRequest): Request body for POST /v3/workflows/{workflow_id}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishWorkflowVersionResponse200 | PublishWorkflowVersionResponse201 | PublishWorkflowVersionResponse400 | PublishWorkflowVersionResponse401 | PublishWorkflowVersionResponse404 | PublishWorkflowVersionResponse409 | PublishWorkflowVersionResponse422 | PublishWorkflowVersionResponse429 | PublishWorkflowVersionResponse503]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: PublishVersionRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
    | None
):
    """Publish Workflow Version

     Compile the complete product graph in the request body and persist it as the next immutable version.
    The workflow's internal draft is neither read nor modified. Returns 201 when a new version is
    created and 200 when the latest version is already identical (republishing the same graph is a no-op
    that returns it). Republishing an older graph after a newer one creates a NEW version — version
    history is append-only, so rollback means republishing the prior graph.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200 even if the original call returned 201** — only the body
    is cached, not its status. Do not key 'just created' behaviour off the status code alone on a
    replay; compare `version_number` against what you already hold. Reusing a key with a different graph
    — or against a different `workflow_id` — returns 409 `conflict` instead of replaying. Keys are held
    in Redis for 24 hours; if the cache is unavailable the request executes and an identical retry
    converges on the 200-existing-version answer — provided no different publish landed in between;
    otherwise the retry creates a new version, since history is append-only. This differs from run
    creation's idempotency, which is durable (DB-backed, no expiry). A replay is a snapshot of the
    original response.

    A graph that fails validation returns 422 `graph_invalid` with every issue listed in
    `error.errors[]`, and nothing is published — the latest version is unchanged.

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (PublishVersionRequest): Request body for POST /v3/workflows/{workflow_id}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishWorkflowVersionResponse200 | PublishWorkflowVersionResponse201 | PublishWorkflowVersionResponse400 | PublishWorkflowVersionResponse401 | PublishWorkflowVersionResponse404 | PublishWorkflowVersionResponse409 | PublishWorkflowVersionResponse422 | PublishWorkflowVersionResponse429 | PublishWorkflowVersionResponse503
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: PublishVersionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
]:
    """Publish Workflow Version

     Compile the complete product graph in the request body and persist it as the next immutable version.
    The workflow's internal draft is neither read nor modified. Returns 201 when a new version is
    created and 200 when the latest version is already identical (republishing the same graph is a no-op
    that returns it). Republishing an older graph after a newer one creates a NEW version — version
    history is append-only, so rollback means republishing the prior graph.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200 even if the original call returned 201** — only the body
    is cached, not its status. Do not key 'just created' behaviour off the status code alone on a
    replay; compare `version_number` against what you already hold. Reusing a key with a different graph
    — or against a different `workflow_id` — returns 409 `conflict` instead of replaying. Keys are held
    in Redis for 24 hours; if the cache is unavailable the request executes and an identical retry
    converges on the 200-existing-version answer — provided no different publish landed in between;
    otherwise the retry creates a new version, since history is append-only. This differs from run
    creation's idempotency, which is durable (DB-backed, no expiry). A replay is a snapshot of the
    original response.

    A graph that fails validation returns 422 `graph_invalid` with every issue listed in
    `error.errors[]`, and nothing is published — the latest version is unchanged.

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (PublishVersionRequest): Request body for POST /v3/workflows/{workflow_id}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishWorkflowVersionResponse200 | PublishWorkflowVersionResponse201 | PublishWorkflowVersionResponse400 | PublishWorkflowVersionResponse401 | PublishWorkflowVersionResponse404 | PublishWorkflowVersionResponse409 | PublishWorkflowVersionResponse422 | PublishWorkflowVersionResponse429 | PublishWorkflowVersionResponse503]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: PublishVersionRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    PublishWorkflowVersionResponse200
    | PublishWorkflowVersionResponse201
    | PublishWorkflowVersionResponse400
    | PublishWorkflowVersionResponse401
    | PublishWorkflowVersionResponse404
    | PublishWorkflowVersionResponse409
    | PublishWorkflowVersionResponse422
    | PublishWorkflowVersionResponse429
    | PublishWorkflowVersionResponse503
    | None
):
    """Publish Workflow Version

     Compile the complete product graph in the request body and persist it as the next immutable version.
    The workflow's internal draft is neither read nor modified. Returns 201 when a new version is
    created and 200 when the latest version is already identical (republishing the same graph is a no-op
    that returns it). Republishing an older graph after a newer one creates a NEW version — version
    history is append-only, so rollback means republishing the prior graph.

    Idempotency (authoring contract): send an `Idempotency-Key` and a retry of the SAME request replays
    the original response body with **HTTP 200 even if the original call returned 201** — only the body
    is cached, not its status. Do not key 'just created' behaviour off the status code alone on a
    replay; compare `version_number` against what you already hold. Reusing a key with a different graph
    — or against a different `workflow_id` — returns 409 `conflict` instead of replaying. Keys are held
    in Redis for 24 hours; if the cache is unavailable the request executes and an identical retry
    converges on the 200-existing-version answer — provided no different publish landed in between;
    otherwise the retry creates a new version, since history is append-only. This differs from run
    creation's idempotency, which is durable (DB-backed, no expiry). A replay is a snapshot of the
    original response.

    A graph that fails validation returns 422 `graph_invalid` with every issue listed in
    `error.errors[]`, and nothing is published — the latest version is unchanged.

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (PublishVersionRequest): Request body for POST /v3/workflows/{workflow_id}/versions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishWorkflowVersionResponse200 | PublishWorkflowVersionResponse201 | PublishWorkflowVersionResponse400 | PublishWorkflowVersionResponse401 | PublishWorkflowVersionResponse404 | PublishWorkflowVersionResponse409 | PublishWorkflowVersionResponse422 | PublishWorkflowVersionResponse429 | PublishWorkflowVersionResponse503
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
