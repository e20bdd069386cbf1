from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_video_translation_statuses_v3_response_200 import (
    BulkVideoTranslationStatusesV3Response200,
)
from ...models.bulk_video_translation_statuses_v3_response_400 import (
    BulkVideoTranslationStatusesV3Response400,
)
from ...models.bulk_video_translation_statuses_v3_response_401 import (
    BulkVideoTranslationStatusesV3Response401,
)
from ...models.bulk_video_translation_statuses_v3_response_429 import (
    BulkVideoTranslationStatusesV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    video_translation_ids: str | Unset = UNSET,
    batch_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["video_translation_ids"] = video_translation_ids

    params["batch_ids"] = batch_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/video-translations/statuses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = BulkVideoTranslationStatusesV3Response200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = BulkVideoTranslationStatusesV3Response400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = BulkVideoTranslationStatusesV3Response401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 429:
        response_429 = BulkVideoTranslationStatusesV3Response429.from_dict(
            response.json()
        )

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
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
    video_translation_ids: str | Unset = UNSET,
    batch_ids: str | Unset = UNSET,
) -> Response[
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
]:
    """Bulk Video Translation Statuses

     Returns statuses for up to 100 video translations in one request, addressed by comma-separated
    video_translation_ids and/or batch_ids query params. Statuses are one of queued, processing,
    completed, or failed, plus not_found for unknown or unowned ids. Each returned entry carries its id
    as video_id (the status read model is shared with the videos batch API).

    Args:
        video_translation_ids (str | Unset):
        batch_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkVideoTranslationStatusesV3Response200 | BulkVideoTranslationStatusesV3Response400 | BulkVideoTranslationStatusesV3Response401 | BulkVideoTranslationStatusesV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_ids=video_translation_ids,
        batch_ids=batch_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    video_translation_ids: str | Unset = UNSET,
    batch_ids: str | Unset = UNSET,
) -> (
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
    | None
):
    """Bulk Video Translation Statuses

     Returns statuses for up to 100 video translations in one request, addressed by comma-separated
    video_translation_ids and/or batch_ids query params. Statuses are one of queued, processing,
    completed, or failed, plus not_found for unknown or unowned ids. Each returned entry carries its id
    as video_id (the status read model is shared with the videos batch API).

    Args:
        video_translation_ids (str | Unset):
        batch_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkVideoTranslationStatusesV3Response200 | BulkVideoTranslationStatusesV3Response400 | BulkVideoTranslationStatusesV3Response401 | BulkVideoTranslationStatusesV3Response429
    """

    return sync_detailed(
        client=client,
        video_translation_ids=video_translation_ids,
        batch_ids=batch_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    video_translation_ids: str | Unset = UNSET,
    batch_ids: str | Unset = UNSET,
) -> Response[
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
]:
    """Bulk Video Translation Statuses

     Returns statuses for up to 100 video translations in one request, addressed by comma-separated
    video_translation_ids and/or batch_ids query params. Statuses are one of queued, processing,
    completed, or failed, plus not_found for unknown or unowned ids. Each returned entry carries its id
    as video_id (the status read model is shared with the videos batch API).

    Args:
        video_translation_ids (str | Unset):
        batch_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkVideoTranslationStatusesV3Response200 | BulkVideoTranslationStatusesV3Response400 | BulkVideoTranslationStatusesV3Response401 | BulkVideoTranslationStatusesV3Response429]
    """

    kwargs = _get_kwargs(
        video_translation_ids=video_translation_ids,
        batch_ids=batch_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    video_translation_ids: str | Unset = UNSET,
    batch_ids: str | Unset = UNSET,
) -> (
    BulkVideoTranslationStatusesV3Response200
    | BulkVideoTranslationStatusesV3Response400
    | BulkVideoTranslationStatusesV3Response401
    | BulkVideoTranslationStatusesV3Response429
    | None
):
    """Bulk Video Translation Statuses

     Returns statuses for up to 100 video translations in one request, addressed by comma-separated
    video_translation_ids and/or batch_ids query params. Statuses are one of queued, processing,
    completed, or failed, plus not_found for unknown or unowned ids. Each returned entry carries its id
    as video_id (the status read model is shared with the videos batch API).

    Args:
        video_translation_ids (str | Unset):
        batch_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkVideoTranslationStatusesV3Response200 | BulkVideoTranslationStatusesV3Response400 | BulkVideoTranslationStatusesV3Response401 | BulkVideoTranslationStatusesV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            video_translation_ids=video_translation_ids,
            batch_ids=batch_ids,
        )
    ).parsed
