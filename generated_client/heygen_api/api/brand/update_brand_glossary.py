from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_brand_glossary_request import UpdateBrandGlossaryRequest
from ...models.update_brand_glossary_response_200 import UpdateBrandGlossaryResponse200
from ...models.update_brand_glossary_response_400 import UpdateBrandGlossaryResponse400
from ...models.update_brand_glossary_response_401 import UpdateBrandGlossaryResponse401
from ...models.update_brand_glossary_response_404 import UpdateBrandGlossaryResponse404
from ...models.update_brand_glossary_response_409 import UpdateBrandGlossaryResponse409
from ...models.update_brand_glossary_response_429 import UpdateBrandGlossaryResponse429
from ...types import Response


def _get_kwargs(
    brand_glossary_id: str,
    *,
    body: UpdateBrandGlossaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/brand-glossaries/{brand_glossary_id}".format(
            brand_glossary_id=quote(str(brand_glossary_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateBrandGlossaryResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateBrandGlossaryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateBrandGlossaryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateBrandGlossaryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateBrandGlossaryResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = UpdateBrandGlossaryResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
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
    body: UpdateBrandGlossaryRequest,
) -> Response[
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
]:
    """Update Brand Glossary

     Updates a brand glossary. Each field is replaced independently: a field you omit is left untouched,
    a field you send replaces that value in full, and an empty array removes every entry from that list.
    There is no way to add a single entry — read the glossary, append to the list, and send the whole
    list back.

    Renaming to a name another glossary in your workspace already uses returns 409.

    A glossary's tone settings are managed in the HeyGen web app and are never modified by this
    endpoint, so a glossary edited there keeps them through an update made here.

    Args:
        brand_glossary_id (str):
        body (UpdateBrandGlossaryRequest): Request body for PATCH /v3/brand-
            glossaries/{brand_glossary_id}.

            Each field is replaced independently: a field you omit is left untouched, a field you send
            replaces that value in full, and an empty array clears that list. There is no way to add a
            single entry — read the glossary, append to the list, and send the whole list back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBrandGlossaryResponse200 | UpdateBrandGlossaryResponse400 | UpdateBrandGlossaryResponse401 | UpdateBrandGlossaryResponse404 | UpdateBrandGlossaryResponse409 | UpdateBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandGlossaryRequest,
) -> (
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
    | None
):
    """Update Brand Glossary

     Updates a brand glossary. Each field is replaced independently: a field you omit is left untouched,
    a field you send replaces that value in full, and an empty array removes every entry from that list.
    There is no way to add a single entry — read the glossary, append to the list, and send the whole
    list back.

    Renaming to a name another glossary in your workspace already uses returns 409.

    A glossary's tone settings are managed in the HeyGen web app and are never modified by this
    endpoint, so a glossary edited there keeps them through an update made here.

    Args:
        brand_glossary_id (str):
        body (UpdateBrandGlossaryRequest): Request body for PATCH /v3/brand-
            glossaries/{brand_glossary_id}.

            Each field is replaced independently: a field you omit is left untouched, a field you send
            replaces that value in full, and an empty array clears that list. There is no way to add a
            single entry — read the glossary, append to the list, and send the whole list back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBrandGlossaryResponse200 | UpdateBrandGlossaryResponse400 | UpdateBrandGlossaryResponse401 | UpdateBrandGlossaryResponse404 | UpdateBrandGlossaryResponse409 | UpdateBrandGlossaryResponse429
    """

    return sync_detailed(
        brand_glossary_id=brand_glossary_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandGlossaryRequest,
) -> Response[
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
]:
    """Update Brand Glossary

     Updates a brand glossary. Each field is replaced independently: a field you omit is left untouched,
    a field you send replaces that value in full, and an empty array removes every entry from that list.
    There is no way to add a single entry — read the glossary, append to the list, and send the whole
    list back.

    Renaming to a name another glossary in your workspace already uses returns 409.

    A glossary's tone settings are managed in the HeyGen web app and are never modified by this
    endpoint, so a glossary edited there keeps them through an update made here.

    Args:
        brand_glossary_id (str):
        body (UpdateBrandGlossaryRequest): Request body for PATCH /v3/brand-
            glossaries/{brand_glossary_id}.

            Each field is replaced independently: a field you omit is left untouched, a field you send
            replaces that value in full, and an empty array clears that list. There is no way to add a
            single entry — read the glossary, append to the list, and send the whole list back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBrandGlossaryResponse200 | UpdateBrandGlossaryResponse400 | UpdateBrandGlossaryResponse401 | UpdateBrandGlossaryResponse404 | UpdateBrandGlossaryResponse409 | UpdateBrandGlossaryResponse429]
    """

    kwargs = _get_kwargs(
        brand_glossary_id=brand_glossary_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_glossary_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandGlossaryRequest,
) -> (
    UpdateBrandGlossaryResponse200
    | UpdateBrandGlossaryResponse400
    | UpdateBrandGlossaryResponse401
    | UpdateBrandGlossaryResponse404
    | UpdateBrandGlossaryResponse409
    | UpdateBrandGlossaryResponse429
    | None
):
    """Update Brand Glossary

     Updates a brand glossary. Each field is replaced independently: a field you omit is left untouched,
    a field you send replaces that value in full, and an empty array removes every entry from that list.
    There is no way to add a single entry — read the glossary, append to the list, and send the whole
    list back.

    Renaming to a name another glossary in your workspace already uses returns 409.

    A glossary's tone settings are managed in the HeyGen web app and are never modified by this
    endpoint, so a glossary edited there keeps them through an update made here.

    Args:
        brand_glossary_id (str):
        body (UpdateBrandGlossaryRequest): Request body for PATCH /v3/brand-
            glossaries/{brand_glossary_id}.

            Each field is replaced independently: a field you omit is left untouched, a field you send
            replaces that value in full, and an empty array clears that list. There is no way to add a
            single entry — read the glossary, append to the list, and send the whole list back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBrandGlossaryResponse200 | UpdateBrandGlossaryResponse400 | UpdateBrandGlossaryResponse401 | UpdateBrandGlossaryResponse404 | UpdateBrandGlossaryResponse409 | UpdateBrandGlossaryResponse429
    """

    return (
        await asyncio_detailed(
            brand_glossary_id=brand_glossary_id,
            client=client,
            body=body,
        )
    ).parsed
