from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clone_voice_response_200 import CloneVoiceResponse200
from ...models.clone_voice_response_400 import CloneVoiceResponse400
from ...models.clone_voice_response_401 import CloneVoiceResponse401
from ...models.clone_voice_response_403 import CloneVoiceResponse403
from ...models.clone_voice_response_429 import CloneVoiceResponse429
from ...models.create_voice_clone_v3_request import CreateVoiceCloneV3Request
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVoiceCloneV3Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/voices/clone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CloneVoiceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CloneVoiceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CloneVoiceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CloneVoiceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = CloneVoiceResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
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
    body: CreateVoiceCloneV3Request,
) -> Response[
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
]:
    """Clone a Voice

     Creates a voice clone from an audio file. Returns a voice_clone_id that can be polled via GET
    /v3/voices/{voice_clone_id} until the status is 'complete'. The resulting voice can be used with
    POST /v3/voices/speech and POST /v3/videos.

    Args:
        body (CreateVoiceCloneV3Request): Request body for POST /v3/voices/clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloneVoiceResponse200 | CloneVoiceResponse400 | CloneVoiceResponse401 | CloneVoiceResponse403 | CloneVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateVoiceCloneV3Request,
) -> (
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
    | None
):
    """Clone a Voice

     Creates a voice clone from an audio file. Returns a voice_clone_id that can be polled via GET
    /v3/voices/{voice_clone_id} until the status is 'complete'. The resulting voice can be used with
    POST /v3/voices/speech and POST /v3/videos.

    Args:
        body (CreateVoiceCloneV3Request): Request body for POST /v3/voices/clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloneVoiceResponse200 | CloneVoiceResponse400 | CloneVoiceResponse401 | CloneVoiceResponse403 | CloneVoiceResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVoiceCloneV3Request,
) -> Response[
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
]:
    """Clone a Voice

     Creates a voice clone from an audio file. Returns a voice_clone_id that can be polled via GET
    /v3/voices/{voice_clone_id} until the status is 'complete'. The resulting voice can be used with
    POST /v3/voices/speech and POST /v3/videos.

    Args:
        body (CreateVoiceCloneV3Request): Request body for POST /v3/voices/clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloneVoiceResponse200 | CloneVoiceResponse400 | CloneVoiceResponse401 | CloneVoiceResponse403 | CloneVoiceResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateVoiceCloneV3Request,
) -> (
    CloneVoiceResponse200
    | CloneVoiceResponse400
    | CloneVoiceResponse401
    | CloneVoiceResponse403
    | CloneVoiceResponse429
    | None
):
    """Clone a Voice

     Creates a voice clone from an audio file. Returns a voice_clone_id that can be polled via GET
    /v3/voices/{voice_clone_id} until the status is 'complete'. The resulting voice can be used with
    POST /v3/voices/speech and POST /v3/videos.

    Args:
        body (CreateVoiceCloneV3Request): Request body for POST /v3/voices/clone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloneVoiceResponse200 | CloneVoiceResponse400 | CloneVoiceResponse401 | CloneVoiceResponse403 | CloneVoiceResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
