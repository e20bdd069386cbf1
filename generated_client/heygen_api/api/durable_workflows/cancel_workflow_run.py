from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_workflow_run_response_200 import CancelWorkflowRunResponse200
from ...models.cancel_workflow_run_response_400 import CancelWorkflowRunResponse400
from ...models.cancel_workflow_run_response_401 import CancelWorkflowRunResponse401
from ...models.cancel_workflow_run_response_404 import CancelWorkflowRunResponse404
from ...models.cancel_workflow_run_response_429 import CancelWorkflowRunResponse429
from ...models.cancel_workflow_run_response_503 import CancelWorkflowRunResponse503
from ...types import Response


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/workflow-runs/{run_id}/cancel".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
    | None
):
    if response.status_code == 200:
        response_200 = CancelWorkflowRunResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelWorkflowRunResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CancelWorkflowRunResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CancelWorkflowRunResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = CancelWorkflowRunResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CancelWorkflowRunResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
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
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
]:
    """Cancel Workflow Run

     Requests cancellation of a run. Idempotent and defined for every run state: a 200 reflects a settled
    outcome (the run is terminal now — canceled by this request, or already finished, in which case its
    terminal status is unchanged and reported as-is). When cancellation cannot be confirmed the response
    is a retryable 503 and the run is unchanged. A terminal run can never move backward.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWorkflowRunResponse200 | CancelWorkflowRunResponse400 | CancelWorkflowRunResponse401 | CancelWorkflowRunResponse404 | CancelWorkflowRunResponse429 | CancelWorkflowRunResponse503]
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
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
    | None
):
    """Cancel Workflow Run

     Requests cancellation of a run. Idempotent and defined for every run state: a 200 reflects a settled
    outcome (the run is terminal now — canceled by this request, or already finished, in which case its
    terminal status is unchanged and reported as-is). When cancellation cannot be confirmed the response
    is a retryable 503 and the run is unchanged. A terminal run can never move backward.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWorkflowRunResponse200 | CancelWorkflowRunResponse400 | CancelWorkflowRunResponse401 | CancelWorkflowRunResponse404 | CancelWorkflowRunResponse429 | CancelWorkflowRunResponse503
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
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
]:
    """Cancel Workflow Run

     Requests cancellation of a run. Idempotent and defined for every run state: a 200 reflects a settled
    outcome (the run is terminal now — canceled by this request, or already finished, in which case its
    terminal status is unchanged and reported as-is). When cancellation cannot be confirmed the response
    is a retryable 503 and the run is unchanged. A terminal run can never move backward.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWorkflowRunResponse200 | CancelWorkflowRunResponse400 | CancelWorkflowRunResponse401 | CancelWorkflowRunResponse404 | CancelWorkflowRunResponse429 | CancelWorkflowRunResponse503]
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
    CancelWorkflowRunResponse200
    | CancelWorkflowRunResponse400
    | CancelWorkflowRunResponse401
    | CancelWorkflowRunResponse404
    | CancelWorkflowRunResponse429
    | CancelWorkflowRunResponse503
    | None
):
    """Cancel Workflow Run

     Requests cancellation of a run. Idempotent and defined for every run state: a 200 reflects a settled
    outcome (the run is terminal now — canceled by this request, or already finished, in which case its
    terminal status is unchanged and reported as-is). When cancellation cannot be confirmed the response
    is a retryable 503 and the run is unchanged. A terminal run can never move backward.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWorkflowRunResponse200 | CancelWorkflowRunResponse400 | CancelWorkflowRunResponse401 | CancelWorkflowRunResponse404 | CancelWorkflowRunResponse429 | CancelWorkflowRunResponse503
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
