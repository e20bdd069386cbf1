from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_voice_response_200 import DeleteVoiceResponse200
from ...models.delete_voice_response_400 import DeleteVoiceResponse400
from ...models.delete_voice_response_401 import DeleteVoiceResponse401
from ...models.delete_voice_response_403 import DeleteVoiceResponse403
from ...models.delete_voice_response_404 import DeleteVoiceResponse404
from ...models.delete_voice_response_429 import DeleteVoiceResponse429
from ...types import Response


def _get_kwargs(
    voice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = DeleteVoiceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteVoiceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteVoiceResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DeleteVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
]:
    """Delete a Voice

     Deletes a voice clone owned by the caller. The voice must not be in use by any template. The voice
    is removed from your voice list and no longer counts against your voice clone limit. Deleting an
    already-deleted or unknown voice returns 404 `voice_not_found` (not 200) — a delete-then-list flow
    should treat that 404 as success, not an error.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVoiceResponse200 | DeleteVoiceResponse400 | DeleteVoiceResponse401 | DeleteVoiceResponse403 | DeleteVoiceResponse404 | DeleteVoiceResponse429]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
    | None
):
    """Delete a Voice

     Deletes a voice clone owned by the caller. The voice must not be in use by any template. The voice
    is removed from your voice list and no longer counts against your voice clone limit. Deleting an
    already-deleted or unknown voice returns 404 `voice_not_found` (not 200) — a delete-then-list flow
    should treat that 404 as success, not an error.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVoiceResponse200 | DeleteVoiceResponse400 | DeleteVoiceResponse401 | DeleteVoiceResponse403 | DeleteVoiceResponse404 | DeleteVoiceResponse429
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
]:
    """Delete a Voice

     Deletes a voice clone owned by the caller. The voice must not be in use by any template. The voice
    is removed from your voice list and no longer counts against your voice clone limit. Deleting an
    already-deleted or unknown voice returns 404 `voice_not_found` (not 200) — a delete-then-list flow
    should treat that 404 as success, not an error.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVoiceResponse200 | DeleteVoiceResponse400 | DeleteVoiceResponse401 | DeleteVoiceResponse403 | DeleteVoiceResponse404 | DeleteVoiceResponse429]
    """

    kwargs = _get_kwargs(
        voice_id=voice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    DeleteVoiceResponse200
    | DeleteVoiceResponse400
    | DeleteVoiceResponse401
    | DeleteVoiceResponse403
    | DeleteVoiceResponse404
    | DeleteVoiceResponse429
    | None
):
    """Delete a Voice

     Deletes a voice clone owned by the caller. The voice must not be in use by any template. The voice
    is removed from your voice list and no longer counts against your voice clone limit. Deleting an
    already-deleted or unknown voice returns 404 `voice_not_found` (not 200) — a delete-then-list flow
    should treat that 404 as success, not an error.

    Args:
        voice_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVoiceResponse200 | DeleteVoiceResponse400 | DeleteVoiceResponse401 | DeleteVoiceResponse403 | DeleteVoiceResponse404 | DeleteVoiceResponse429
    """

    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
        )
    ).parsed
