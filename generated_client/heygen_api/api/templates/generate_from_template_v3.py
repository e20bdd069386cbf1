from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generate_from_template_v3_request import GenerateFromTemplateV3Request
from ...models.generate_from_template_v3_response_200 import (
    GenerateFromTemplateV3Response200,
)
from ...models.generate_from_template_v3_response_400 import (
    GenerateFromTemplateV3Response400,
)
from ...models.generate_from_template_v3_response_401 import (
    GenerateFromTemplateV3Response401,
)
from ...models.generate_from_template_v3_response_404 import (
    GenerateFromTemplateV3Response404,
)
from ...models.generate_from_template_v3_response_409 import (
    GenerateFromTemplateV3Response409,
)
from ...models.generate_from_template_v3_response_429 import (
    GenerateFromTemplateV3Response429,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: str,
    *,
    body: GenerateFromTemplateV3Request,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GenerateFromTemplateV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateFromTemplateV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenerateFromTemplateV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GenerateFromTemplateV3Response404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GenerateFromTemplateV3Response409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = GenerateFromTemplateV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateFromTemplateV3Request,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
]:
    """Generate Video from Template

     Generates a video from the template by replacing its variables (text, image, video, audio,
    character, voice). Use scene_ids to select, reorder, or repeat scenes — scenes must already exist in
    the template; the API cannot create new ones. Returns the created video object; poll GET
    /v3/videos/{video_id} or use webhooks for completion. Idempotent replays return the original
    creation-time snapshot (status and URLs as of the first request), not the video's current state.

    Args:
        template_id (str):
        idempotency_key (str | Unset):
        body (GenerateFromTemplateV3Request): Request body for POST /v3/templates/{template_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateFromTemplateV3Response200 | GenerateFromTemplateV3Response400 | GenerateFromTemplateV3Response401 | GenerateFromTemplateV3Response404 | GenerateFromTemplateV3Response409 | GenerateFromTemplateV3Response429]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateFromTemplateV3Request,
    idempotency_key: str | Unset = UNSET,
) -> (
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
    | None
):
    """Generate Video from Template

     Generates a video from the template by replacing its variables (text, image, video, audio,
    character, voice). Use scene_ids to select, reorder, or repeat scenes — scenes must already exist in
    the template; the API cannot create new ones. Returns the created video object; poll GET
    /v3/videos/{video_id} or use webhooks for completion. Idempotent replays return the original
    creation-time snapshot (status and URLs as of the first request), not the video's current state.

    Args:
        template_id (str):
        idempotency_key (str | Unset):
        body (GenerateFromTemplateV3Request): Request body for POST /v3/templates/{template_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateFromTemplateV3Response200 | GenerateFromTemplateV3Response400 | GenerateFromTemplateV3Response401 | GenerateFromTemplateV3Response404 | GenerateFromTemplateV3Response409 | GenerateFromTemplateV3Response429
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateFromTemplateV3Request,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
]:
    """Generate Video from Template

     Generates a video from the template by replacing its variables (text, image, video, audio,
    character, voice). Use scene_ids to select, reorder, or repeat scenes — scenes must already exist in
    the template; the API cannot create new ones. Returns the created video object; poll GET
    /v3/videos/{video_id} or use webhooks for completion. Idempotent replays return the original
    creation-time snapshot (status and URLs as of the first request), not the video's current state.

    Args:
        template_id (str):
        idempotency_key (str | Unset):
        body (GenerateFromTemplateV3Request): Request body for POST /v3/templates/{template_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateFromTemplateV3Response200 | GenerateFromTemplateV3Response400 | GenerateFromTemplateV3Response401 | GenerateFromTemplateV3Response404 | GenerateFromTemplateV3Response409 | GenerateFromTemplateV3Response429]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: GenerateFromTemplateV3Request,
    idempotency_key: str | Unset = UNSET,
) -> (
    GenerateFromTemplateV3Response200
    | GenerateFromTemplateV3Response400
    | GenerateFromTemplateV3Response401
    | GenerateFromTemplateV3Response404
    | GenerateFromTemplateV3Response409
    | GenerateFromTemplateV3Response429
    | None
):
    """Generate Video from Template

     Generates a video from the template by replacing its variables (text, image, video, audio,
    character, voice). Use scene_ids to select, reorder, or repeat scenes — scenes must already exist in
    the template; the API cannot create new ones. Returns the created video object; poll GET
    /v3/videos/{video_id} or use webhooks for completion. Idempotent replays return the original
    creation-time snapshot (status and URLs as of the first request), not the video's current state.

    Args:
        template_id (str):
        idempotency_key (str | Unset):
        body (GenerateFromTemplateV3Request): Request body for POST /v3/templates/{template_id}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateFromTemplateV3Response200 | GenerateFromTemplateV3Response400 | GenerateFromTemplateV3Response401 | GenerateFromTemplateV3Response404 | GenerateFromTemplateV3Response409 | GenerateFromTemplateV3Response429
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
