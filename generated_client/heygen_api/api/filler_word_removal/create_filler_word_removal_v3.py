from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_filler_word_removal_request import CreateFillerWordRemovalRequest
from ...models.create_filler_word_removal_v3_response_202 import (
    CreateFillerWordRemovalV3Response202,
)
from ...models.create_filler_word_removal_v3_response_400 import (
    CreateFillerWordRemovalV3Response400,
)
from ...models.create_filler_word_removal_v3_response_401 import (
    CreateFillerWordRemovalV3Response401,
)
from ...models.create_filler_word_removal_v3_response_402 import (
    CreateFillerWordRemovalV3Response402,
)
from ...models.create_filler_word_removal_v3_response_409 import (
    CreateFillerWordRemovalV3Response409,
)
from ...models.create_filler_word_removal_v3_response_429 import (
    CreateFillerWordRemovalV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateFillerWordRemovalRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/filler-word-removals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
    | None
):
    if response.status_code == 202:
        response_202 = CreateFillerWordRemovalV3Response202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = CreateFillerWordRemovalV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateFillerWordRemovalV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = CreateFillerWordRemovalV3Response402.from_dict(response.json())

        return response_402

    if response.status_code == 409:
        response_409 = CreateFillerWordRemovalV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateFillerWordRemovalV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
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
    body: CreateFillerWordRemovalRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
]:
    """Create Filler Word Removal

     Submit a video and return a job id immediately. The job runs asynchronously: it transcribes the
    audio, detects filler words ('um', 'uh', ...), removes them along with overlong silences, and
    renders one cleaned video — no review step. If the run changes nothing at all, the job completes
    with the original video as output and the charge is automatically refunded. Pricing: $0.30 per
    source minute, 1-minute minimum. Poll GET /v3/filler-word-removals/{id} or subscribe to
    filler_word_removal.success / filler_word_removal.fail webhooks.

    Args:
        idempotency_key (str | Unset):
        body (CreateFillerWordRemovalRequest): Request body for POST /v3/filler-word-removals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFillerWordRemovalV3Response202 | CreateFillerWordRemovalV3Response400 | CreateFillerWordRemovalV3Response401 | CreateFillerWordRemovalV3Response402 | CreateFillerWordRemovalV3Response409 | CreateFillerWordRemovalV3Response429]
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
    body: CreateFillerWordRemovalRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
    | None
):
    """Create Filler Word Removal

     Submit a video and return a job id immediately. The job runs asynchronously: it transcribes the
    audio, detects filler words ('um', 'uh', ...), removes them along with overlong silences, and
    renders one cleaned video — no review step. If the run changes nothing at all, the job completes
    with the original video as output and the charge is automatically refunded. Pricing: $0.30 per
    source minute, 1-minute minimum. Poll GET /v3/filler-word-removals/{id} or subscribe to
    filler_word_removal.success / filler_word_removal.fail webhooks.

    Args:
        idempotency_key (str | Unset):
        body (CreateFillerWordRemovalRequest): Request body for POST /v3/filler-word-removals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFillerWordRemovalV3Response202 | CreateFillerWordRemovalV3Response400 | CreateFillerWordRemovalV3Response401 | CreateFillerWordRemovalV3Response402 | CreateFillerWordRemovalV3Response409 | CreateFillerWordRemovalV3Response429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFillerWordRemovalRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
]:
    """Create Filler Word Removal

     Submit a video and return a job id immediately. The job runs asynchronously: it transcribes the
    audio, detects filler words ('um', 'uh', ...), removes them along with overlong silences, and
    renders one cleaned video — no review step. If the run changes nothing at all, the job completes
    with the original video as output and the charge is automatically refunded. Pricing: $0.30 per
    source minute, 1-minute minimum. Poll GET /v3/filler-word-removals/{id} or subscribe to
    filler_word_removal.success / filler_word_removal.fail webhooks.

    Args:
        idempotency_key (str | Unset):
        body (CreateFillerWordRemovalRequest): Request body for POST /v3/filler-word-removals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFillerWordRemovalV3Response202 | CreateFillerWordRemovalV3Response400 | CreateFillerWordRemovalV3Response401 | CreateFillerWordRemovalV3Response402 | CreateFillerWordRemovalV3Response409 | CreateFillerWordRemovalV3Response429]
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
    body: CreateFillerWordRemovalRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateFillerWordRemovalV3Response202
    | CreateFillerWordRemovalV3Response400
    | CreateFillerWordRemovalV3Response401
    | CreateFillerWordRemovalV3Response402
    | CreateFillerWordRemovalV3Response409
    | CreateFillerWordRemovalV3Response429
    | None
):
    """Create Filler Word Removal

     Submit a video and return a job id immediately. The job runs asynchronously: it transcribes the
    audio, detects filler words ('um', 'uh', ...), removes them along with overlong silences, and
    renders one cleaned video — no review step. If the run changes nothing at all, the job completes
    with the original video as output and the charge is automatically refunded. Pricing: $0.30 per
    source minute, 1-minute minimum. Poll GET /v3/filler-word-removals/{id} or subscribe to
    filler_word_removal.success / filler_word_removal.fail webhooks.

    Args:
        idempotency_key (str | Unset):
        body (CreateFillerWordRemovalRequest): Request body for POST /v3/filler-word-removals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFillerWordRemovalV3Response202 | CreateFillerWordRemovalV3Response400 | CreateFillerWordRemovalV3Response401 | CreateFillerWordRemovalV3Response402 | CreateFillerWordRemovalV3Response409 | CreateFillerWordRemovalV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
