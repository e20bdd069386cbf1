from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_asset_body import UploadAssetBody
from ...models.upload_asset_response_200 import UploadAssetResponse200
from ...models.upload_asset_response_400 import UploadAssetResponse400
from ...models.upload_asset_response_401 import UploadAssetResponse401
from ...models.upload_asset_response_409 import UploadAssetResponse409
from ...models.upload_asset_response_429 import UploadAssetResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadAssetBody,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/assets",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UploadAssetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UploadAssetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UploadAssetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = UploadAssetResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = UploadAssetResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
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
    body: UploadAssetBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
]:
    """Upload Asset

     Uploads a file (image, video, audio, PDF, or SRT subtitle) and returns an asset_id for use in other
    endpoints. Max 32 MB. Supported types: png, jpeg, mp4, webm, mp3, wav, pdf, srt.

    Args:
        idempotency_key (str | Unset):
        body (UploadAssetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAssetResponse200 | UploadAssetResponse400 | UploadAssetResponse401 | UploadAssetResponse409 | UploadAssetResponse429]
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
    body: UploadAssetBody,
    idempotency_key: str | Unset = UNSET,
) -> (
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
    | None
):
    """Upload Asset

     Uploads a file (image, video, audio, PDF, or SRT subtitle) and returns an asset_id for use in other
    endpoints. Max 32 MB. Supported types: png, jpeg, mp4, webm, mp3, wav, pdf, srt.

    Args:
        idempotency_key (str | Unset):
        body (UploadAssetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAssetResponse200 | UploadAssetResponse400 | UploadAssetResponse401 | UploadAssetResponse409 | UploadAssetResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadAssetBody,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
]:
    """Upload Asset

     Uploads a file (image, video, audio, PDF, or SRT subtitle) and returns an asset_id for use in other
    endpoints. Max 32 MB. Supported types: png, jpeg, mp4, webm, mp3, wav, pdf, srt.

    Args:
        idempotency_key (str | Unset):
        body (UploadAssetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAssetResponse200 | UploadAssetResponse400 | UploadAssetResponse401 | UploadAssetResponse409 | UploadAssetResponse429]
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
    body: UploadAssetBody,
    idempotency_key: str | Unset = UNSET,
) -> (
    UploadAssetResponse200
    | UploadAssetResponse400
    | UploadAssetResponse401
    | UploadAssetResponse409
    | UploadAssetResponse429
    | None
):
    """Upload Asset

     Uploads a file (image, video, audio, PDF, or SRT subtitle) and returns an asset_id for use in other
    endpoints. Max 32 MB. Supported types: png, jpeg, mp4, webm, mp3, wav, pdf, srt.

    Args:
        idempotency_key (str | Unset):
        body (UploadAssetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAssetResponse200 | UploadAssetResponse400 | UploadAssetResponse401 | UploadAssetResponse409 | UploadAssetResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
