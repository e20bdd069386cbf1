from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_translate_response_200 import (
    CreateVideoTranslateResponse200,
)
from ...models.create_video_translate_response_400 import (
    CreateVideoTranslateResponse400,
)
from ...models.create_video_translate_response_401 import (
    CreateVideoTranslateResponse401,
)
from ...models.create_video_translate_response_429 import (
    CreateVideoTranslateResponse429,
)
from ...models.mcp_video_translate_create_request import MCPVideoTranslateCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MCPVideoTranslateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video_translate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateVideoTranslateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVideoTranslateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateVideoTranslateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = CreateVideoTranslateResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
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
    body: MCPVideoTranslateCreateRequest,
) -> Response[
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
]:
    """Create video translation

     Translate a video into one or more target languages. The translation runs asynchronously — the
    response contains a video_translate_id which can be used with get_video to poll status and retrieve
    the download URL when complete.

    Use list_video_translate_languages to discover supported language codes before calling this
    endpoint.

    Key parameters:
    - video_url (required): URL of the source video to translate.
    - output_language: Single target language code. Mutually exclusive with output_languages.
    - output_languages: Array of target language codes for batch translation. Mutually exclusive with
    output_language.
    - mode: "speed" (default, faster) or "precision" (higher quality, uses avatar inference).
    - brand_glossary_id (preferred) / brand_voice_id (legacy alias): Brand glossary ID for custom term
    translations (e.g. translate 'Reformer' as Pilates equipment, not as a political activist). Discover
    IDs via GET /v3/brand-glossaries.
    - stock_voice_config: Use a preset stock voice instead of recreating the original speaker's voice
    (set use_stock_voice=true). Enterprise feature, available for selected accounts and languages by
    request.
    - srt_url / srt_role: Custom subtitle file.
    - fps_mode: Frame rate mode ("vfr", "cfr", "passthrough"). Only valid when audio_url is provided.

    Args:
        body (MCPVideoTranslateCreateRequest): Request body for creating a video translation job
            via the MCP server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslateResponse200 | CreateVideoTranslateResponse400 | CreateVideoTranslateResponse401 | CreateVideoTranslateResponse429]
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
    body: MCPVideoTranslateCreateRequest,
) -> (
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
    | None
):
    """Create video translation

     Translate a video into one or more target languages. The translation runs asynchronously — the
    response contains a video_translate_id which can be used with get_video to poll status and retrieve
    the download URL when complete.

    Use list_video_translate_languages to discover supported language codes before calling this
    endpoint.

    Key parameters:
    - video_url (required): URL of the source video to translate.
    - output_language: Single target language code. Mutually exclusive with output_languages.
    - output_languages: Array of target language codes for batch translation. Mutually exclusive with
    output_language.
    - mode: "speed" (default, faster) or "precision" (higher quality, uses avatar inference).
    - brand_glossary_id (preferred) / brand_voice_id (legacy alias): Brand glossary ID for custom term
    translations (e.g. translate 'Reformer' as Pilates equipment, not as a political activist). Discover
    IDs via GET /v3/brand-glossaries.
    - stock_voice_config: Use a preset stock voice instead of recreating the original speaker's voice
    (set use_stock_voice=true). Enterprise feature, available for selected accounts and languages by
    request.
    - srt_url / srt_role: Custom subtitle file.
    - fps_mode: Frame rate mode ("vfr", "cfr", "passthrough"). Only valid when audio_url is provided.

    Args:
        body (MCPVideoTranslateCreateRequest): Request body for creating a video translation job
            via the MCP server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslateResponse200 | CreateVideoTranslateResponse400 | CreateVideoTranslateResponse401 | CreateVideoTranslateResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MCPVideoTranslateCreateRequest,
) -> Response[
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
]:
    """Create video translation

     Translate a video into one or more target languages. The translation runs asynchronously — the
    response contains a video_translate_id which can be used with get_video to poll status and retrieve
    the download URL when complete.

    Use list_video_translate_languages to discover supported language codes before calling this
    endpoint.

    Key parameters:
    - video_url (required): URL of the source video to translate.
    - output_language: Single target language code. Mutually exclusive with output_languages.
    - output_languages: Array of target language codes for batch translation. Mutually exclusive with
    output_language.
    - mode: "speed" (default, faster) or "precision" (higher quality, uses avatar inference).
    - brand_glossary_id (preferred) / brand_voice_id (legacy alias): Brand glossary ID for custom term
    translations (e.g. translate 'Reformer' as Pilates equipment, not as a political activist). Discover
    IDs via GET /v3/brand-glossaries.
    - stock_voice_config: Use a preset stock voice instead of recreating the original speaker's voice
    (set use_stock_voice=true). Enterprise feature, available for selected accounts and languages by
    request.
    - srt_url / srt_role: Custom subtitle file.
    - fps_mode: Frame rate mode ("vfr", "cfr", "passthrough"). Only valid when audio_url is provided.

    Args:
        body (MCPVideoTranslateCreateRequest): Request body for creating a video translation job
            via the MCP server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVideoTranslateResponse200 | CreateVideoTranslateResponse400 | CreateVideoTranslateResponse401 | CreateVideoTranslateResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MCPVideoTranslateCreateRequest,
) -> (
    CreateVideoTranslateResponse200
    | CreateVideoTranslateResponse400
    | CreateVideoTranslateResponse401
    | CreateVideoTranslateResponse429
    | None
):
    """Create video translation

     Translate a video into one or more target languages. The translation runs asynchronously — the
    response contains a video_translate_id which can be used with get_video to poll status and retrieve
    the download URL when complete.

    Use list_video_translate_languages to discover supported language codes before calling this
    endpoint.

    Key parameters:
    - video_url (required): URL of the source video to translate.
    - output_language: Single target language code. Mutually exclusive with output_languages.
    - output_languages: Array of target language codes for batch translation. Mutually exclusive with
    output_language.
    - mode: "speed" (default, faster) or "precision" (higher quality, uses avatar inference).
    - brand_glossary_id (preferred) / brand_voice_id (legacy alias): Brand glossary ID for custom term
    translations (e.g. translate 'Reformer' as Pilates equipment, not as a political activist). Discover
    IDs via GET /v3/brand-glossaries.
    - stock_voice_config: Use a preset stock voice instead of recreating the original speaker's voice
    (set use_stock_voice=true). Enterprise feature, available for selected accounts and languages by
    request.
    - srt_url / srt_role: Custom subtitle file.
    - fps_mode: Frame rate mode ("vfr", "cfr", "passthrough"). Only valid when audio_url is provided.

    Args:
        body (MCPVideoTranslateCreateRequest): Request body for creating a video translation job
            via the MCP server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVideoTranslateResponse200 | CreateVideoTranslateResponse400 | CreateVideoTranslateResponse401 | CreateVideoTranslateResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
