from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_proofread_srt_v3_response_200 import (
    DownloadProofreadSrtV3Response200,
)
from ...models.download_proofread_srt_v3_response_400 import (
    DownloadProofreadSrtV3Response400,
)
from ...models.download_proofread_srt_v3_response_401 import (
    DownloadProofreadSrtV3Response401,
)
from ...models.download_proofread_srt_v3_response_404 import (
    DownloadProofreadSrtV3Response404,
)
from ...models.download_proofread_srt_v3_response_429 import (
    DownloadProofreadSrtV3Response429,
)
from ...types import Response


def _get_kwargs(
    proofread_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-translations/proofreads/{proofread_id}/srt".format(
            proofread_id=quote(str(proofread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = DownloadProofreadSrtV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DownloadProofreadSrtV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DownloadProofreadSrtV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DownloadProofreadSrtV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DownloadProofreadSrtV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
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
) -> Response[
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
]:
    """Download Proofread SRT

     Returns presigned download URLs for the edited and original SRT files of a completed proofread
    session.

    Args:
        proofread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadProofreadSrtV3Response200 | DownloadProofreadSrtV3Response400 | DownloadProofreadSrtV3Response401 | DownloadProofreadSrtV3Response404 | DownloadProofreadSrtV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
    | None
):
    """Download Proofread SRT

     Returns presigned download URLs for the edited and original SRT files of a completed proofread
    session.

    Args:
        proofread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadProofreadSrtV3Response200 | DownloadProofreadSrtV3Response400 | DownloadProofreadSrtV3Response401 | DownloadProofreadSrtV3Response404 | DownloadProofreadSrtV3Response429
    """

    return sync_detailed(
        proofread_id=proofread_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
]:
    """Download Proofread SRT

     Returns presigned download URLs for the edited and original SRT files of a completed proofread
    session.

    Args:
        proofread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadProofreadSrtV3Response200 | DownloadProofreadSrtV3Response400 | DownloadProofreadSrtV3Response401 | DownloadProofreadSrtV3Response404 | DownloadProofreadSrtV3Response429]
    """

    kwargs = _get_kwargs(
        proofread_id=proofread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    proofread_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DownloadProofreadSrtV3Response200
    | DownloadProofreadSrtV3Response400
    | DownloadProofreadSrtV3Response401
    | DownloadProofreadSrtV3Response404
    | DownloadProofreadSrtV3Response429
    | None
):
    """Download Proofread SRT

     Returns presigned download URLs for the edited and original SRT files of a completed proofread
    session.

    Args:
        proofread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadProofreadSrtV3Response200 | DownloadProofreadSrtV3Response400 | DownloadProofreadSrtV3Response401 | DownloadProofreadSrtV3Response404 | DownloadProofreadSrtV3Response429
    """

    return (
        await asyncio_detailed(
            proofread_id=proofread_id,
            client=client,
        )
    ).parsed
