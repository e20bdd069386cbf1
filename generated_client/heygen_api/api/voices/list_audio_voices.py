from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_audio_voices_response_200 import ListAudioVoicesResponse200
from ...models.list_audio_voices_response_400 import ListAudioVoicesResponse400
from ...models.list_audio_voices_response_401 import ListAudioVoicesResponse401
from ...models.list_audio_voices_response_429 import ListAudioVoicesResponse429
from ...models.list_audio_voices_type import ListAudioVoicesType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListAudioVoicesType | Unset = ListAudioVoicesType.PUBLIC,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["language"] = language

    params["gender"] = gender

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audio/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
    | None
):
    if response.status_code == 200:
        response_200 = ListAudioVoicesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAudioVoicesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAudioVoicesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListAudioVoicesResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
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
    type_: ListAudioVoicesType | Unset = ListAudioVoicesType.PUBLIC,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
]:
    """List voices for text-to-speech

     List voices available for TTS generation with cursor-based pagination. Filter by type
    (public/private), language, and gender.

    Args:
        type_ (ListAudioVoicesType | Unset):  Default: ListAudioVoicesType.PUBLIC.
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAudioVoicesResponse200 | ListAudioVoicesResponse400 | ListAudioVoicesResponse401 | ListAudioVoicesResponse429]
    """

    kwargs = _get_kwargs(
        type_=type_,
        language=language,
        gender=gender,
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
    type_: ListAudioVoicesType | Unset = ListAudioVoicesType.PUBLIC,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
    | None
):
    """List voices for text-to-speech

     List voices available for TTS generation with cursor-based pagination. Filter by type
    (public/private), language, and gender.

    Args:
        type_ (ListAudioVoicesType | Unset):  Default: ListAudioVoicesType.PUBLIC.
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAudioVoicesResponse200 | ListAudioVoicesResponse400 | ListAudioVoicesResponse401 | ListAudioVoicesResponse429
    """

    return sync_detailed(
        client=client,
        type_=type_,
        language=language,
        gender=gender,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListAudioVoicesType | Unset = ListAudioVoicesType.PUBLIC,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
]:
    """List voices for text-to-speech

     List voices available for TTS generation with cursor-based pagination. Filter by type
    (public/private), language, and gender.

    Args:
        type_ (ListAudioVoicesType | Unset):  Default: ListAudioVoicesType.PUBLIC.
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAudioVoicesResponse200 | ListAudioVoicesResponse400 | ListAudioVoicesResponse401 | ListAudioVoicesResponse429]
    """

    kwargs = _get_kwargs(
        type_=type_,
        language=language,
        gender=gender,
        limit=limit,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: ListAudioVoicesType | Unset = ListAudioVoicesType.PUBLIC,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListAudioVoicesResponse200
    | ListAudioVoicesResponse400
    | ListAudioVoicesResponse401
    | ListAudioVoicesResponse429
    | None
):
    """List voices for text-to-speech

     List voices available for TTS generation with cursor-based pagination. Filter by type
    (public/private), language, and gender.

    Args:
        type_ (ListAudioVoicesType | Unset):  Default: ListAudioVoicesType.PUBLIC.
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAudioVoicesResponse200 | ListAudioVoicesResponse400 | ListAudioVoicesResponse401 | ListAudioVoicesResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            language=language,
            gender=gender,
            limit=limit,
            token=token,
        )
    ).parsed
