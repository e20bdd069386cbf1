from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_run_request import CreateWorkflowRunRequest
from ...models.create_workflow_run_response_200 import CreateWorkflowRunResponse200
from ...models.create_workflow_run_response_201 import CreateWorkflowRunResponse201
from ...models.create_workflow_run_response_400 import CreateWorkflowRunResponse400
from ...models.create_workflow_run_response_401 import CreateWorkflowRunResponse401
from ...models.create_workflow_run_response_404 import CreateWorkflowRunResponse404
from ...models.create_workflow_run_response_409 import CreateWorkflowRunResponse409
from ...models.create_workflow_run_response_429 import CreateWorkflowRunResponse429
from ...models.create_workflow_run_response_503 import CreateWorkflowRunResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWorkflowRunRequest,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/workflow-runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
    | None
):
    if response.status_code == 200:
        response_200 = CreateWorkflowRunResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateWorkflowRunResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateWorkflowRunResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateWorkflowRunResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CreateWorkflowRunResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateWorkflowRunResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateWorkflowRunResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CreateWorkflowRunResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
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
    body: CreateWorkflowRunRequest,
    idempotency_key: str,
) -> Response[
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
]:
    """Start a workflow run

     Starts a run of the workflow named in the request body. Omit `version_number` to run the latest
    published version: it is resolved exactly once, when the request's `Idempotency-Key` is first
    accepted, and the response reports the exact `version_number` (and `version_id`) the run is pinned
    to. Repeating the request with the same key always returns that original run — including after a
    newer version is published — while reusing the key with a different workflow, version, or inputs is
    rejected with a 409 `conflict` and starts nothing. Validates inputs against the resolved version's
    frozen plan, creates the run and its pending node runs in a single transaction, and then submits the
    run for execution. A 201 or 200 means the run has been accepted for execution; if the submission
    cannot be confirmed the response is a retryable 503 (see below) and the run is left pending.
    `Idempotency-Key` is REQUIRED on this endpoint, because repeating the request with the same key is
    how a 503 is recovered. No video is created and nothing is charged by this call. Media inputs accept
    an asset id (as a bare string or `{"type": "asset_id"}` object), a publicly accessible HTTPS source
    URL (`{"type": "url"}`), or inline base64 content (`{"type": "base64"}`). URL and inline sources are
    imported into your asset library before the run executes, so the run is immune to the source
    changing or expiring afterwards; retries with the same `Idempotency-Key` reuse the already-imported
    asset. URL sources are fetched with a 16 MB limit for images and 32 MB for audio; inline content is
    limited to 5 MB for images and 16 MB for audio and must also fit this endpoint's 1 MiB request-body
    limit — for anything larger, upload via POST /v3/assets/direct-uploads and pass the asset_id.

    Args:
        idempotency_key (str):
        body (CreateWorkflowRunRequest): Request body for POST /v3/workflow-runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowRunResponse200 | CreateWorkflowRunResponse201 | CreateWorkflowRunResponse400 | CreateWorkflowRunResponse401 | CreateWorkflowRunResponse404 | CreateWorkflowRunResponse409 | CreateWorkflowRunResponse429 | CreateWorkflowRunResponse503]
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
    body: CreateWorkflowRunRequest,
    idempotency_key: str,
) -> (
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
    | None
):
    """Start a workflow run

     Starts a run of the workflow named in the request body. Omit `version_number` to run the latest
    published version: it is resolved exactly once, when the request's `Idempotency-Key` is first
    accepted, and the response reports the exact `version_number` (and `version_id`) the run is pinned
    to. Repeating the request with the same key always returns that original run — including after a
    newer version is published — while reusing the key with a different workflow, version, or inputs is
    rejected with a 409 `conflict` and starts nothing. Validates inputs against the resolved version's
    frozen plan, creates the run and its pending node runs in a single transaction, and then submits the
    run for execution. A 201 or 200 means the run has been accepted for execution; if the submission
    cannot be confirmed the response is a retryable 503 (see below) and the run is left pending.
    `Idempotency-Key` is REQUIRED on this endpoint, because repeating the request with the same key is
    how a 503 is recovered. No video is created and nothing is charged by this call. Media inputs accept
    an asset id (as a bare string or `{"type": "asset_id"}` object), a publicly accessible HTTPS source
    URL (`{"type": "url"}`), or inline base64 content (`{"type": "base64"}`). URL and inline sources are
    imported into your asset library before the run executes, so the run is immune to the source
    changing or expiring afterwards; retries with the same `Idempotency-Key` reuse the already-imported
    asset. URL sources are fetched with a 16 MB limit for images and 32 MB for audio; inline content is
    limited to 5 MB for images and 16 MB for audio and must also fit this endpoint's 1 MiB request-body
    limit — for anything larger, upload via POST /v3/assets/direct-uploads and pass the asset_id.

    Args:
        idempotency_key (str):
        body (CreateWorkflowRunRequest): Request body for POST /v3/workflow-runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowRunResponse200 | CreateWorkflowRunResponse201 | CreateWorkflowRunResponse400 | CreateWorkflowRunResponse401 | CreateWorkflowRunResponse404 | CreateWorkflowRunResponse409 | CreateWorkflowRunResponse429 | CreateWorkflowRunResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRunRequest,
    idempotency_key: str,
) -> Response[
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
]:
    """Start a workflow run

     Starts a run of the workflow named in the request body. Omit `version_number` to run the latest
    published version: it is resolved exactly once, when the request's `Idempotency-Key` is first
    accepted, and the response reports the exact `version_number` (and `version_id`) the run is pinned
    to. Repeating the request with the same key always returns that original run — including after a
    newer version is published — while reusing the key with a different workflow, version, or inputs is
    rejected with a 409 `conflict` and starts nothing. Validates inputs against the resolved version's
    frozen plan, creates the run and its pending node runs in a single transaction, and then submits the
    run for execution. A 201 or 200 means the run has been accepted for execution; if the submission
    cannot be confirmed the response is a retryable 503 (see below) and the run is left pending.
    `Idempotency-Key` is REQUIRED on this endpoint, because repeating the request with the same key is
    how a 503 is recovered. No video is created and nothing is charged by this call. Media inputs accept
    an asset id (as a bare string or `{"type": "asset_id"}` object), a publicly accessible HTTPS source
    URL (`{"type": "url"}`), or inline base64 content (`{"type": "base64"}`). URL and inline sources are
    imported into your asset library before the run executes, so the run is immune to the source
    changing or expiring afterwards; retries with the same `Idempotency-Key` reuse the already-imported
    asset. URL sources are fetched with a 16 MB limit for images and 32 MB for audio; inline content is
    limited to 5 MB for images and 16 MB for audio and must also fit this endpoint's 1 MiB request-body
    limit — for anything larger, upload via POST /v3/assets/direct-uploads and pass the asset_id.

    Args:
        idempotency_key (str):
        body (CreateWorkflowRunRequest): Request body for POST /v3/workflow-runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWorkflowRunResponse200 | CreateWorkflowRunResponse201 | CreateWorkflowRunResponse400 | CreateWorkflowRunResponse401 | CreateWorkflowRunResponse404 | CreateWorkflowRunResponse409 | CreateWorkflowRunResponse429 | CreateWorkflowRunResponse503]
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
    body: CreateWorkflowRunRequest,
    idempotency_key: str,
) -> (
    CreateWorkflowRunResponse200
    | CreateWorkflowRunResponse201
    | CreateWorkflowRunResponse400
    | CreateWorkflowRunResponse401
    | CreateWorkflowRunResponse404
    | CreateWorkflowRunResponse409
    | CreateWorkflowRunResponse429
    | CreateWorkflowRunResponse503
    | None
):
    """Start a workflow run

     Starts a run of the workflow named in the request body. Omit `version_number` to run the latest
    published version: it is resolved exactly once, when the request's `Idempotency-Key` is first
    accepted, and the response reports the exact `version_number` (and `version_id`) the run is pinned
    to. Repeating the request with the same key always returns that original run — including after a
    newer version is published — while reusing the key with a different workflow, version, or inputs is
    rejected with a 409 `conflict` and starts nothing. Validates inputs against the resolved version's
    frozen plan, creates the run and its pending node runs in a single transaction, and then submits the
    run for execution. A 201 or 200 means the run has been accepted for execution; if the submission
    cannot be confirmed the response is a retryable 503 (see below) and the run is left pending.
    `Idempotency-Key` is REQUIRED on this endpoint, because repeating the request with the same key is
    how a 503 is recovered. No video is created and nothing is charged by this call. Media inputs accept
    an asset id (as a bare string or `{"type": "asset_id"}` object), a publicly accessible HTTPS source
    URL (`{"type": "url"}`), or inline base64 content (`{"type": "base64"}`). URL and inline sources are
    imported into your asset library before the run executes, so the run is immune to the source
    changing or expiring afterwards; retries with the same `Idempotency-Key` reuse the already-imported
    asset. URL sources are fetched with a 16 MB limit for images and 32 MB for audio; inline content is
    limited to 5 MB for images and 16 MB for audio and must also fit this endpoint's 1 MiB request-body
    limit — for anything larger, upload via POST /v3/assets/direct-uploads and pass the asset_id.

    Args:
        idempotency_key (str):
        body (CreateWorkflowRunRequest): Request body for POST /v3/workflow-runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWorkflowRunResponse200 | CreateWorkflowRunResponse201 | CreateWorkflowRunResponse400 | CreateWorkflowRunResponse401 | CreateWorkflowRunResponse404 | CreateWorkflowRunResponse409 | CreateWorkflowRunResponse429 | CreateWorkflowRunResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
