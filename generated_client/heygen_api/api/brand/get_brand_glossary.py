from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_brand_glossary_response_200 import GetBrandGlossaryResponse200
from ...models.get_brand_glossary_response_400 import GetBrandGlossaryResponse400
from ...models.get_brand_glossary_response_401 import GetBrandGlossaryResponse401
from ...models.get_brand_glossary_response_404 import GetBrandGlossaryResponse404
from ...models.get_brand_glossary_response_429 import GetBrandGlossaryResponse429
from ...types import Response


def _get_kwargs(
    brand_glossary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/brand-glossaries/{brand_glossary_id}".format(
            brand_glossary_id=quote(str(brand_glossary_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
    | None
):
    if response.status_code == 200:
        response_200 = GetBrandGlossaryResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetBrandGlossaryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetBrandGlossaryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GetBrandGlossaryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GetBrandGlossaryResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
]:
    """Get Brand Glossary

     Returns one brand glossary with its full term list, so you can see exactly which terms are remapped
    and how. Use this to verify a glossary's contents when a generated video pronounces or translates a
    term unexpectedly.

    Pronunciations affect generated audio only: a term keeps its original spelling in captions and
    subtitles while being spoken as its `pronunciation`.

    Translation rules apply only when the glossary is used by a translation feature — video translation,
    Studio script translation, and on-screen text translation: `do_not_translate_terms` are kept
    untranslated in every target language, and `forced_translations` replace their `term` with their
    `translation` in every target language. They have no effect on video generation or text-to-speech
    requests; only `terms` applies there. Either list is omitted from the response when the glossary has
    no rules of that kind. Tone settings are managed in the HeyGen web app under Brand Kit and are not
    returned here; editing a glossary through this API leaves them unchanged.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrandGlossaryResponse200 | GetBrandGlossaryResponse400 | GetBrandGlossaryResponse401 | GetBrandGlossaryResponse404 | GetBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
    | None
):
    """Get Brand Glossary

     Returns one brand glossary with its full term list, so you can see exactly which terms are remapped
    and how. Use this to verify a glossary's contents when a generated video pronounces or translates a
    term unexpectedly.

    Pronunciations affect generated audio only: a term keeps its original spelling in captions and
    subtitles while being spoken as its `pronunciation`.

    Translation rules apply only when the glossary is used by a translation feature — video translation,
    Studio script translation, and on-screen text translation: `do_not_translate_terms` are kept
    untranslated in every target language, and `forced_translations` replace their `term` with their
    `translation` in every target language. They have no effect on video generation or text-to-speech
    requests; only `terms` applies there. Either list is omitted from the response when the glossary has
    no rules of that kind. Tone settings are managed in the HeyGen web app under Brand Kit and are not
    returned here; editing a glossary through this API leaves them unchanged.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrandGlossaryResponse200 | GetBrandGlossaryResponse400 | GetBrandGlossaryResponse401 | GetBrandGlossaryResponse404 | GetBrandGlossaryResponse429
    """

    return sync_detailed(
        brand_glossary_id=brand_glossary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
]:
    """Get Brand Glossary

     Returns one brand glossary with its full term list, so you can see exactly which terms are remapped
    and how. Use this to verify a glossary's contents when a generated video pronounces or translates a
    term unexpectedly.

    Pronunciations affect generated audio only: a term keeps its original spelling in captions and
    subtitles while being spoken as its `pronunciation`.

    Translation rules apply only when the glossary is used by a translation feature — video translation,
    Studio script translation, and on-screen text translation: `do_not_translate_terms` are kept
    untranslated in every target language, and `forced_translations` replace their `term` with their
    `translation` in every target language. They have no effect on video generation or text-to-speech
    requests; only `terms` applies there. Either list is omitted from the response when the glossary has
    no rules of that kind. Tone settings are managed in the HeyGen web app under Brand Kit and are not
    returned here; editing a glossary through this API leaves them unchanged.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBrandGlossaryResponse200 | GetBrandGlossaryResponse400 | GetBrandGlossaryResponse401 | GetBrandGlossaryResponse404 | GetBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    GetBrandGlossaryResponse200
    | GetBrandGlossaryResponse400
    | GetBrandGlossaryResponse401
    | GetBrandGlossaryResponse404
    | GetBrandGlossaryResponse429
    | None
):
    """Get Brand Glossary

     Returns one brand glossary with its full term list, so you can see exactly which terms are remapped
    and how. Use this to verify a glossary's contents when a generated video pronounces or translates a
    term unexpectedly.

    Pronunciations affect generated audio only: a term keeps its original spelling in captions and
    subtitles while being spoken as its `pronunciation`.

    Translation rules apply only when the glossary is used by a translation feature — video translation,
    Studio script translation, and on-screen text translation: `do_not_translate_terms` are kept
    untranslated in every target language, and `forced_translations` replace their `term` with their
    `translation` in every target language. They have no effect on video generation or text-to-speech
    requests; only `terms` applies there. Either list is omitted from the response when the glossary has
    no rules of that kind. Tone settings are managed in the HeyGen web app under Brand Kit and are not
    returned here; editing a glossary through this API leaves them unchanged.

    Args:
        brand_glossary_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBrandGlossaryResponse200 | GetBrandGlossaryResponse400 | GetBrandGlossaryResponse401 | GetBrandGlossaryResponse404 | GetBrandGlossaryResponse429
    """

    return (
        await asyncio_detailed(
            brand_glossary_id=brand_glossary_id,
            client=client,
        )
    ).parsed
