from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_from_proofread_v3_response_200 import (
    GenerateFromProofreadV3Response200,
)
from ...models.generate_from_proofread_v3_response_400 import (
    GenerateFromProofreadV3Response400,
)
from ...models.generate_from_proofread_v3_response_401 import (
    GenerateFromProofreadV3Response401,
)
from ...models.generate_from_proofread_v3_response_404 import (
    GenerateFromProofreadV3Response404,
)
from ...models.generate_from_proofread_v3_response_409 import (
    GenerateFromProofreadV3Response409,
)
from ...models.generate_from_proofread_v3_response_429 import (
    GenerateFromProofreadV3Response429,
)
from ...models.generate_video_request import GenerateVideoRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    proofread_id: str,
    *,
    body: GenerateVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/video-translations/proofreads/{proofread_id}/generate".format(
            proofread_id=quote(str(proofread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GenerateFromProofreadV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateFromProofreadV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenerateFromProofreadV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GenerateFromProofreadV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GenerateFromProofreadV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = GenerateFromProofreadV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
]:
    """Generate Video from Proofread

     Starts final video generation using the approved subtitles from a proofread session.

    Args:
        proofread_id (str):
        idempotency_key (str | Unset):
        body (GenerateVideoRequest): Request body for POST /v3/video-
            translations/proofreads/{id}/generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateFromProofreadV3Response200 | GenerateFromProofreadV3Response400 | GenerateFromProofreadV3Response401 | GenerateFromProofreadV3Response404 | GenerateFromProofreadV3Response409 | GenerateFromProofreadV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
    | None
):
    """Generate Video from Proofread

     Starts final video generation using the approved subtitles from a proofread session.

    Args:
        proofread_id (str):
        idempotency_key (str | Unset):
        body (GenerateVideoRequest): Request body for POST /v3/video-
            translations/proofreads/{id}/generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateFromProofreadV3Response200 | GenerateFromProofreadV3Response400 | GenerateFromProofreadV3Response401 | GenerateFromProofreadV3Response404 | GenerateFromProofreadV3Response409 | GenerateFromProofreadV3Response429
    """

    return sync_detailed(
        proofread_id=proofread_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
]:
    """Generate Video from Proofread

     Starts final video generation using the approved subtitles from a proofread session.

    Args:
        proofread_id (str):
        idempotency_key (str | Unset):
        body (GenerateVideoRequest): Request body for POST /v3/video-
            translations/proofreads/{id}/generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateFromProofreadV3Response200 | GenerateFromProofreadV3Response400 | GenerateFromProofreadV3Response401 | GenerateFromProofreadV3Response404 | GenerateFromProofreadV3Response409 | GenerateFromProofreadV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateVideoRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    GenerateFromProofreadV3Response200
    | GenerateFromProofreadV3Response400
    | GenerateFromProofreadV3Response401
    | GenerateFromProofreadV3Response404
    | GenerateFromProofreadV3Response409
    | GenerateFromProofreadV3Response429
    | None
):
    """Generate Video from Proofread

     Starts final video generation using the approved subtitles from a proofread session.

    Args:
        proofread_id (str):
        idempotency_key (str | Unset):
        body (GenerateVideoRequest): Request body for POST /v3/video-
            translations/proofreads/{id}/generate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateFromProofreadV3Response200 | GenerateFromProofreadV3Response400 | GenerateFromProofreadV3Response401 | GenerateFromProofreadV3Response404 | GenerateFromProofreadV3Response409 | GenerateFromProofreadV3Response429
    """

    return (
        await asyncio_detailed(
            proofread_id=proofread_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
