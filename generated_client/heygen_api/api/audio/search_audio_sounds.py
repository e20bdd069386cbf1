from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_audio_sounds_response_200 import SearchAudioSoundsResponse200
from ...models.search_audio_sounds_response_400 import SearchAudioSoundsResponse400
from ...models.search_audio_sounds_response_401 import SearchAudioSoundsResponse401
from ...models.search_audio_sounds_response_429 import SearchAudioSoundsResponse429
from ...models.search_audio_sounds_type import SearchAudioSoundsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    type_: SearchAudioSoundsType | Unset = SearchAudioSoundsType.MUSIC,
    limit: int | Unset = 10,
    min_score: float | Unset = 0.7,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params["min_score"] = min_score

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/audio/sounds",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
    | None
):
    if response.status_code == 200:
        response_200 = SearchAudioSoundsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SearchAudioSoundsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SearchAudioSoundsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SearchAudioSoundsResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
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
    query: str,
    type_: SearchAudioSoundsType | Unset = SearchAudioSoundsType.MUSIC,
    limit: int | Unset = 10,
    min_score: float | Unset = 0.7,
    token: str | Unset = UNSET,
) -> Response[
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
]:
    """Search audio (music or sound effects)

     Semantically search the audio catalog by natural-language description — set type=music (the default)
    for background music (e.g. 'upbeat lofi hip-hop', 'tense cinematic riser') or type=sound_effects for
    SFX (e.g. 'whoosh for a scene change', 'cash register cha-ching'). Returns tracks ranked by
    similarity, each with a pre-signed download URL, plus cursor-based pagination.

    Args:
        query (str):
        type_ (SearchAudioSoundsType | Unset):  Default: SearchAudioSoundsType.MUSIC.
        limit (int | Unset):  Default: 10.
        min_score (float | Unset):  Default: 0.7.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAudioSoundsResponse200 | SearchAudioSoundsResponse400 | SearchAudioSoundsResponse401 | SearchAudioSoundsResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        type_=type_,
        limit=limit,
        min_score=min_score,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    type_: SearchAudioSoundsType | Unset = SearchAudioSoundsType.MUSIC,
    limit: int | Unset = 10,
    min_score: float | Unset = 0.7,
    token: str | Unset = UNSET,
) -> (
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
    | None
):
    """Search audio (music or sound effects)

     Semantically search the audio catalog by natural-language description — set type=music (the default)
    for background music (e.g. 'upbeat lofi hip-hop', 'tense cinematic riser') or type=sound_effects for
    SFX (e.g. 'whoosh for a scene change', 'cash register cha-ching'). Returns tracks ranked by
    similarity, each with a pre-signed download URL, plus cursor-based pagination.

    Args:
        query (str):
        type_ (SearchAudioSoundsType | Unset):  Default: SearchAudioSoundsType.MUSIC.
        limit (int | Unset):  Default: 10.
        min_score (float | Unset):  Default: 0.7.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAudioSoundsResponse200 | SearchAudioSoundsResponse400 | SearchAudioSoundsResponse401 | SearchAudioSoundsResponse429
    """

    return sync_detailed(
        client=client,
        query=query,
        type_=type_,
        limit=limit,
        min_score=min_score,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    type_: SearchAudioSoundsType | Unset = SearchAudioSoundsType.MUSIC,
    limit: int | Unset = 10,
    min_score: float | Unset = 0.7,
    token: str | Unset = UNSET,
) -> Response[
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
]:
    """Search audio (music or sound effects)

     Semantically search the audio catalog by natural-language description — set type=music (the default)
    for background music (e.g. 'upbeat lofi hip-hop', 'tense cinematic riser') or type=sound_effects for
    SFX (e.g. 'whoosh for a scene change', 'cash register cha-ching'). Returns tracks ranked by
    similarity, each with a pre-signed download URL, plus cursor-based pagination.

    Args:
        query (str):
        type_ (SearchAudioSoundsType | Unset):  Default: SearchAudioSoundsType.MUSIC.
        limit (int | Unset):  Default: 10.
        min_score (float | Unset):  Default: 0.7.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAudioSoundsResponse200 | SearchAudioSoundsResponse400 | SearchAudioSoundsResponse401 | SearchAudioSoundsResponse429]
    """

    kwargs = _get_kwargs(
        query=query,
        type_=type_,
        limit=limit,
        min_score=min_score,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    type_: SearchAudioSoundsType | Unset = SearchAudioSoundsType.MUSIC,
    limit: int | Unset = 10,
    min_score: float | Unset = 0.7,
    token: str | Unset = UNSET,
) -> (
    SearchAudioSoundsResponse200
    | SearchAudioSoundsResponse400
    | SearchAudioSoundsResponse401
    | SearchAudioSoundsResponse429
    | None
):
    """Search audio (music or sound effects)

     Semantically search the audio catalog by natural-language description — set type=music (the default)
    for background music (e.g. 'upbeat lofi hip-hop', 'tense cinematic riser') or type=sound_effects for
    SFX (e.g. 'whoosh for a scene change', 'cash register cha-ching'). Returns tracks ranked by
    similarity, each with a pre-signed download URL, plus cursor-based pagination.

    Args:
        query (str):
        type_ (SearchAudioSoundsType | Unset):  Default: SearchAudioSoundsType.MUSIC.
        limit (int | Unset):  Default: 10.
        min_score (float | Unset):  Default: 0.7.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAudioSoundsResponse200 | SearchAudioSoundsResponse400 | SearchAudioSoundsResponse401 | SearchAudioSoundsResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            type_=type_,
            limit=limit,
            min_score=min_score,
            token=token,
        )
    ).parsed
