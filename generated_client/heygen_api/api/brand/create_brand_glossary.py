from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_brand_glossary_request import CreateBrandGlossaryRequest
from ...models.create_brand_glossary_response_201 import CreateBrandGlossaryResponse201
from ...models.create_brand_glossary_response_400 import CreateBrandGlossaryResponse400
from ...models.create_brand_glossary_response_401 import CreateBrandGlossaryResponse401
from ...models.create_brand_glossary_response_409 import CreateBrandGlossaryResponse409
from ...models.create_brand_glossary_response_429 import CreateBrandGlossaryResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateBrandGlossaryRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/brand-glossaries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
    | None
):
    if response.status_code == 201:
        response_201 = CreateBrandGlossaryResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateBrandGlossaryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBrandGlossaryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CreateBrandGlossaryResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateBrandGlossaryResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
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
    body: CreateBrandGlossaryRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
]:
    """Create Brand Glossary

     Creates a brand glossary in your workspace. Pass the returned `brand_glossary_id` when creating a
    video or translation to apply it.

    `name` must be unique within your workspace, compared without regard to case; a duplicate returns
    409. `terms`, `do_not_translate_terms` and `forced_translations` may each be omitted to create an
    empty glossary you fill in later with PATCH /v3/brand-glossaries/{brand_glossary_id}.

    Pronunciations affect generated audio only — a term keeps its original spelling in captions and
    subtitles. `do_not_translate_terms` and `forced_translations` apply only when the glossary is used
    by a translation feature (video translation, Studio script translation, on-screen text translation),
    in every target language; they have no effect on video generation or text-to-speech requests. Tone
    settings are managed in the HeyGen web app and cannot be set here.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandGlossaryRequest): Request body for POST /v3/brand-glossaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandGlossaryResponse201 | CreateBrandGlossaryResponse400 | CreateBrandGlossaryResponse401 | CreateBrandGlossaryResponse409 | CreateBrandGlossaryResponse429]
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
    body: CreateBrandGlossaryRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
    | None
):
    """Create Brand Glossary

     Creates a brand glossary in your workspace. Pass the returned `brand_glossary_id` when creating a
    video or translation to apply it.

    `name` must be unique within your workspace, compared without regard to case; a duplicate returns
    409. `terms`, `do_not_translate_terms` and `forced_translations` may each be omitted to create an
    empty glossary you fill in later with PATCH /v3/brand-glossaries/{brand_glossary_id}.

    Pronunciations affect generated audio only — a term keeps its original spelling in captions and
    subtitles. `do_not_translate_terms` and `forced_translations` apply only when the glossary is used
    by a translation feature (video translation, Studio script translation, on-screen text translation),
    in every target language; they have no effect on video generation or text-to-speech requests. Tone
    settings are managed in the HeyGen web app and cannot be set here.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandGlossaryRequest): Request body for POST /v3/brand-glossaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandGlossaryResponse201 | CreateBrandGlossaryResponse400 | CreateBrandGlossaryResponse401 | CreateBrandGlossaryResponse409 | CreateBrandGlossaryResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBrandGlossaryRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
]:
    """Create Brand Glossary

     Creates a brand glossary in your workspace. Pass the returned `brand_glossary_id` when creating a
    video or translation to apply it.

    `name` must be unique within your workspace, compared without regard to case; a duplicate returns
    409. `terms`, `do_not_translate_terms` and `forced_translations` may each be omitted to create an
    empty glossary you fill in later with PATCH /v3/brand-glossaries/{brand_glossary_id}.

    Pronunciations affect generated audio only — a term keeps its original spelling in captions and
    subtitles. `do_not_translate_terms` and `forced_translations` apply only when the glossary is used
    by a translation feature (video translation, Studio script translation, on-screen text translation),
    in every target language; they have no effect on video generation or text-to-speech requests. Tone
    settings are managed in the HeyGen web app and cannot be set here.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandGlossaryRequest): Request body for POST /v3/brand-glossaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandGlossaryResponse201 | CreateBrandGlossaryResponse400 | CreateBrandGlossaryResponse401 | CreateBrandGlossaryResponse409 | CreateBrandGlossaryResponse429]
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
    body: CreateBrandGlossaryRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateBrandGlossaryResponse201
    | CreateBrandGlossaryResponse400
    | CreateBrandGlossaryResponse401
    | CreateBrandGlossaryResponse409
    | CreateBrandGlossaryResponse429
    | None
):
    """Create Brand Glossary

     Creates a brand glossary in your workspace. Pass the returned `brand_glossary_id` when creating a
    video or translation to apply it.

    `name` must be unique within your workspace, compared without regard to case; a duplicate returns
    409. `terms`, `do_not_translate_terms` and `forced_translations` may each be omitted to create an
    empty glossary you fill in later with PATCH /v3/brand-glossaries/{brand_glossary_id}.

    Pronunciations affect generated audio only — a term keeps its original spelling in captions and
    subtitles. `do_not_translate_terms` and `forced_translations` apply only when the glossary is used
    by a translation feature (video translation, Studio script translation, on-screen text translation),
    in every target language; they have no effect on video generation or text-to-speech requests. Tone
    settings are managed in the HeyGen web app and cannot be set here.

    Args:
        idempotency_key (str | Unset):
        body (CreateBrandGlossaryRequest): Request body for POST /v3/brand-glossaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandGlossaryResponse201 | CreateBrandGlossaryResponse400 | CreateBrandGlossaryResponse401 | CreateBrandGlossaryResponse409 | CreateBrandGlossaryResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
