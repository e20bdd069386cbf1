from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_voices_v3_response_200 import ListVoicesV3Response200
from ...models.list_voices_v3_response_400 import ListVoicesV3Response400
from ...models.list_voices_v3_response_401 import ListVoicesV3Response401
from ...models.list_voices_v3_response_429 import ListVoicesV3Response429
from ...models.list_voices_v3_type import ListVoicesV3Type
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListVoicesV3Type | Unset = ListVoicesV3Type.PUBLIC,
    engine: str | Unset = UNSET,
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

    params["engine"] = engine

    params["language"] = language

    params["gender"] = gender

    params["limit"] = limit

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/voices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = ListVoicesV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVoicesV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListVoicesV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ListVoicesV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
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
    type_: ListVoicesV3Type | Unset = ListVoicesV3Type.PUBLIC,
    engine: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
]:
    """List Voices

     Returns a paginated list of voices, filterable by type, engine, language, and gender. Use
    engine=starfish for voices compatible with the TTS endpoint.

    Args:
        type_ (ListVoicesV3Type | Unset):  Default: ListVoicesV3Type.PUBLIC.
        engine (str | Unset):
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoicesV3Response200 | ListVoicesV3Response400 | ListVoicesV3Response401 | ListVoicesV3Response429]
    """

    kwargs = _get_kwargs(
        type_=type_,
        engine=engine,
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
    type_: ListVoicesV3Type | Unset = ListVoicesV3Type.PUBLIC,
    engine: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
    | None
):
    """List Voices

     Returns a paginated list of voices, filterable by type, engine, language, and gender. Use
    engine=starfish for voices compatible with the TTS endpoint.

    Args:
        type_ (ListVoicesV3Type | Unset):  Default: ListVoicesV3Type.PUBLIC.
        engine (str | Unset):
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoicesV3Response200 | ListVoicesV3Response400 | ListVoicesV3Response401 | ListVoicesV3Response429
    """

    return sync_detailed(
        client=client,
        type_=type_,
        engine=engine,
        language=language,
        gender=gender,
        limit=limit,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: ListVoicesV3Type | Unset = ListVoicesV3Type.PUBLIC,
    engine: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> Response[
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
]:
    """List Voices

     Returns a paginated list of voices, filterable by type, engine, language, and gender. Use
    engine=starfish for voices compatible with the TTS endpoint.

    Args:
        type_ (ListVoicesV3Type | Unset):  Default: ListVoicesV3Type.PUBLIC.
        engine (str | Unset):
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoicesV3Response200 | ListVoicesV3Response400 | ListVoicesV3Response401 | ListVoicesV3Response429]
    """

    kwargs = _get_kwargs(
        type_=type_,
        engine=engine,
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
    type_: ListVoicesV3Type | Unset = ListVoicesV3Type.PUBLIC,
    engine: str | Unset = UNSET,
    language: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    limit: int | Unset = 20,
    token: str | Unset = UNSET,
) -> (
    ListVoicesV3Response200
    | ListVoicesV3Response400
    | ListVoicesV3Response401
    | ListVoicesV3Response429
    | None
):
    """List Voices

     Returns a paginated list of voices, filterable by type, engine, language, and gender. Use
    engine=starfish for voices compatible with the TTS endpoint.

    Args:
        type_ (ListVoicesV3Type | Unset):  Default: ListVoicesV3Type.PUBLIC.
        engine (str | Unset):
        language (str | Unset):
        gender (str | Unset):
        limit (int | Unset):  Default: 20.
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoicesV3Response200 | ListVoicesV3Response400 | ListVoicesV3Response401 | ListVoicesV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            engine=engine,
            language=language,
            gender=gender,
            limit=limit,
            token=token,
        )
    ).parsed
