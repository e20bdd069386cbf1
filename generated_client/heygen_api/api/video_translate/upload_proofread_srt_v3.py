from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_proofread_srt_v3_response_200 import (
    UploadProofreadSrtV3Response200,
)
from ...models.upload_proofread_srt_v3_response_400 import (
    UploadProofreadSrtV3Response400,
)
from ...models.upload_proofread_srt_v3_response_401 import (
    UploadProofreadSrtV3Response401,
)
from ...models.upload_proofread_srt_v3_response_404 import (
    UploadProofreadSrtV3Response404,
)
from ...models.upload_proofread_srt_v3_response_429 import (
    UploadProofreadSrtV3Response429,
)
from ...models.upload_srt_request import UploadSRTRequest
from ...types import Response


def _get_kwargs(
    proofread_id: str,
    *,
    body: UploadSRTRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v3/video-translations/proofreads/{proofread_id}/srt".format(
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
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = UploadProofreadSrtV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UploadProofreadSrtV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UploadProofreadSrtV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UploadProofreadSrtV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = UploadProofreadSrtV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
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
    body: UploadSRTRequest,
) -> Response[
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
]:
    """Upload Proofread SRT

     Replaces the proofread subtitles with an edited SRT file.

    Args:
        proofread_id (str):
        body (UploadSRTRequest): Request body for PUT /v3/video-translations/proofreads/{id}/srt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadProofreadSrtV3Response200 | UploadProofreadSrtV3Response400 | UploadProofreadSrtV3Response401 | UploadProofreadSrtV3Response404 | UploadProofreadSrtV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadSRTRequest,
) -> (
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
    | None
):
    """Upload Proofread SRT

     Replaces the proofread subtitles with an edited SRT file.

    Args:
        proofread_id (str):
        body (UploadSRTRequest): Request body for PUT /v3/video-translations/proofreads/{id}/srt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadProofreadSrtV3Response200 | UploadProofreadSrtV3Response400 | UploadProofreadSrtV3Response401 | UploadProofreadSrtV3Response404 | UploadProofreadSrtV3Response429
    """

    return sync_detailed(
        proofread_id=proofread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadSRTRequest,
) -> Response[
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
]:
    """Upload Proofread SRT

     Replaces the proofread subtitles with an edited SRT file.

    Args:
        proofread_id (str):
        body (UploadSRTRequest): Request body for PUT /v3/video-translations/proofreads/{id}/srt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadProofreadSrtV3Response200 | UploadProofreadSrtV3Response400 | UploadProofreadSrtV3Response401 | UploadProofreadSrtV3Response404 | UploadProofreadSrtV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadSRTRequest,
) -> (
    UploadProofreadSrtV3Response200
    | UploadProofreadSrtV3Response400
    | UploadProofreadSrtV3Response401
    | UploadProofreadSrtV3Response404
    | UploadProofreadSrtV3Response429
    | None
):
    """Upload Proofread SRT

     Replaces the proofread subtitles with an edited SRT file.

    Args:
        proofread_id (str):
        body (UploadSRTRequest): Request body for PUT /v3/video-translations/proofreads/{id}/srt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadProofreadSrtV3Response200 | UploadProofreadSrtV3Response400 | UploadProofreadSrtV3Response401 | UploadProofreadSrtV3Response404 | UploadProofreadSrtV3Response429
    """

    return (
        await asyncio_detailed(
            proofread_id=proofread_id,
            client=client,
            body=body,
        )
    ).parsed
