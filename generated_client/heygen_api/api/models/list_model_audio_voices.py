from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_model_audio_voices_response_200 import (
    ListModelAudioVoicesResponse200,
)
from ...models.list_model_audio_voices_response_400 import (
    ListModelAudioVoicesResponse400,
)
from ...models.list_model_audio_voices_response_401 import (
    ListModelAudioVoicesResponse401,
)
from ...models.list_model_audio_voices_response_403 import (
    ListModelAudioVoicesResponse403,
)
from ...models.list_model_audio_voices_response_429 import (
    ListModelAudioVoicesResponse429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/models/audio/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListModelAudioVoicesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListModelAudioVoicesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListModelAudioVoicesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListModelAudioVoicesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ListModelAudioVoicesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
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
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
]:
    """List Audio Voices

     Returns the model-backed audio voices in the caller's workspace, ordered newest first. Use `limit`
    and `token` to retrieve additional pages.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelAudioVoicesResponse200 | ListModelAudioVoicesResponse400 | ListModelAudioVoicesResponse401 | ListModelAudioVoicesResponse403 | ListModelAudioVoicesResponse429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
    | None
):
    """List Audio Voices

     Returns the model-backed audio voices in the caller's workspace, ordered newest first. Use `limit`
    and `token` to retrieve additional pages.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelAudioVoicesResponse200 | ListModelAudioVoicesResponse400 | ListModelAudioVoicesResponse401 | ListModelAudioVoicesResponse403 | ListModelAudioVoicesResponse429
    """

    return sync_detailed(
        client=client,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> Response[
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
]:
    """List Audio Voices

     Returns the model-backed audio voices in the caller's workspace, ordered newest first. Use `limit`
    and `token` to retrieve additional pages.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListModelAudioVoicesResponse200 | ListModelAudioVoicesResponse400 | ListModelAudioVoicesResponse401 | ListModelAudioVoicesResponse403 | ListModelAudioVoicesResponse429]
    """

    kwargs = _get_kwargs(
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    token: str | Unset = UNSET,
) -> (
    ListModelAudioVoicesResponse200
    | ListModelAudioVoicesResponse400
    | ListModelAudioVoicesResponse401
    | ListModelAudioVoicesResponse403
    | ListModelAudioVoicesResponse429
    | None
):
    """List Audio Voices

     Returns the model-backed audio voices in the caller's workspace, ordered newest first. Use `limit`
    and `token` to retrieve additional pages.

    Args:
        limit (int | Unset):  Default: 10.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListModelAudioVoicesResponse200 | ListModelAudioVoicesResponse400 | ListModelAudioVoicesResponse401 | ListModelAudioVoicesResponse403 | ListModelAudioVoicesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            token=token,
        )
    ).parsed
