from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_brand_kit_request import UpdateBrandKitRequest
from ...models.update_brand_kit_response_200 import UpdateBrandKitResponse200
from ...models.update_brand_kit_response_400 import UpdateBrandKitResponse400
from ...models.update_brand_kit_response_401 import UpdateBrandKitResponse401
from ...models.update_brand_kit_response_403 import UpdateBrandKitResponse403
from ...models.update_brand_kit_response_404 import UpdateBrandKitResponse404
from ...models.update_brand_kit_response_409 import UpdateBrandKitResponse409
from ...models.update_brand_kit_response_429 import UpdateBrandKitResponse429
from ...types import Response


def _get_kwargs(
    brand_kit_id: str,
    *,
    body: UpdateBrandKitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/brand-kits/{brand_kit_id}".format(
            brand_kit_id=quote(str(brand_kit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
    | None
):
    if response.status_code == 200:
        response_200 = UpdateBrandKitResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateBrandKitResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateBrandKitResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateBrandKitResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateBrandKitResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateBrandKitResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = UpdateBrandKitResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandKitRequest,
) -> Response[
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
]:
    """Update Brand Kit

     Updates a brand kit's name or its role assignments — which color plays which part, which logo is the
    main one, and which font is used for headings and body text. A field you omit is left unchanged.

    Creation assigns these roles automatically, with no human in the loop, so this is how a caller
    corrects them.

    Each role object is replaced in full rather than merged: send the roles you want to keep, since a
    role you leave out of the object is cleared. Send an empty object to clear a role entirely. A
    cleared role stays cleared and is not recomputed later. Sending null for any field is rejected: omit
    it to leave it unchanged.

    Role edits require an assembled kit and return 409 while status is 'loading' or 'error'. Renaming is
    allowed at any time. Editing the colors themselves is not supported here yet.

    A brand kit shared into your workspace by another workspace is readable but not editable, and
    returns 403.

    Args:
        brand_kit_id (str):
        body (UpdateBrandKitRequest): Request body for PATCH /v3/brand-kits/{brand_kit_id}.

            Every field is optional and omitting one leaves it unchanged. Sending a role object with
            no
            fields inside it (`{}`) clears that role, and a cleared role stays cleared — nothing
            recomputes
            over a role the caller has deliberately emptied.

            Clearing is an empty object rather than `null`, and `null` is rejected outright, so each
            intention has exactly one spelling. Generated clients serialise request bodies with
            `exclude_none` and drop a `null` before sending, so honouring `null` as "clear" would
            clear the
            role for a caller using raw HTTP and silently do nothing for a caller using our own SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBrandKitResponse200 | UpdateBrandKitResponse400 | UpdateBrandKitResponse401 | UpdateBrandKitResponse403 | UpdateBrandKitResponse404 | UpdateBrandKitResponse409 | UpdateBrandKitResponse429]
    """

    kwargs = _get_kwargs(
        brand_kit_id=brand_kit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandKitRequest,
) -> (
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
    | None
):
    """Update Brand Kit

     Updates a brand kit's name or its role assignments — which color plays which part, which logo is the
    main one, and which font is used for headings and body text. A field you omit is left unchanged.

    Creation assigns these roles automatically, with no human in the loop, so this is how a caller
    corrects them.

    Each role object is replaced in full rather than merged: send the roles you want to keep, since a
    role you leave out of the object is cleared. Send an empty object to clear a role entirely. A
    cleared role stays cleared and is not recomputed later. Sending null for any field is rejected: omit
    it to leave it unchanged.

    Role edits require an assembled kit and return 409 while status is 'loading' or 'error'. Renaming is
    allowed at any time. Editing the colors themselves is not supported here yet.

    A brand kit shared into your workspace by another workspace is readable but not editable, and
    returns 403.

    Args:
        brand_kit_id (str):
        body (UpdateBrandKitRequest): Request body for PATCH /v3/brand-kits/{brand_kit_id}.

            Every field is optional and omitting one leaves it unchanged. Sending a role object with
            no
            fields inside it (`{}`) clears that role, and a cleared role stays cleared — nothing
            recomputes
            over a role the caller has deliberately emptied.

            Clearing is an empty object rather than `null`, and `null` is rejected outright, so each
            intention has exactly one spelling. Generated clients serialise request bodies with
            `exclude_none` and drop a `null` before sending, so honouring `null` as "clear" would
            clear the
            role for a caller using raw HTTP and silently do nothing for a caller using our own SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBrandKitResponse200 | UpdateBrandKitResponse400 | UpdateBrandKitResponse401 | UpdateBrandKitResponse403 | UpdateBrandKitResponse404 | UpdateBrandKitResponse409 | UpdateBrandKitResponse429
    """

    return sync_detailed(
        brand_kit_id=brand_kit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandKitRequest,
) -> Response[
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
]:
    """Update Brand Kit

     Updates a brand kit's name or its role assignments — which color plays which part, which logo is the
    main one, and which font is used for headings and body text. A field you omit is left unchanged.

    Creation assigns these roles automatically, with no human in the loop, so this is how a caller
    corrects them.

    Each role object is replaced in full rather than merged: send the roles you want to keep, since a
    role you leave out of the object is cleared. Send an empty object to clear a role entirely. A
    cleared role stays cleared and is not recomputed later. Sending null for any field is rejected: omit
    it to leave it unchanged.

    Role edits require an assembled kit and return 409 while status is 'loading' or 'error'. Renaming is
    allowed at any time. Editing the colors themselves is not supported here yet.

    A brand kit shared into your workspace by another workspace is readable but not editable, and
    returns 403.

    Args:
        brand_kit_id (str):
        body (UpdateBrandKitRequest): Request body for PATCH /v3/brand-kits/{brand_kit_id}.

            Every field is optional and omitting one leaves it unchanged. Sending a role object with
            no
            fields inside it (`{}`) clears that role, and a cleared role stays cleared — nothing
            recomputes
            over a role the caller has deliberately emptied.

            Clearing is an empty object rather than `null`, and `null` is rejected outright, so each
            intention has exactly one spelling. Generated clients serialise request bodies with
            `exclude_none` and drop a `null` before sending, so honouring `null` as "clear" would
            clear the
            role for a caller using raw HTTP and silently do nothing for a caller using our own SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBrandKitResponse200 | UpdateBrandKitResponse400 | UpdateBrandKitResponse401 | UpdateBrandKitResponse403 | UpdateBrandKitResponse404 | UpdateBrandKitResponse409 | UpdateBrandKitResponse429]
    """

    kwargs = _get_kwargs(
        brand_kit_id=brand_kit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_kit_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBrandKitRequest,
) -> (
    UpdateBrandKitResponse200
    | UpdateBrandKitResponse400
    | UpdateBrandKitResponse401
    | UpdateBrandKitResponse403
    | UpdateBrandKitResponse404
    | UpdateBrandKitResponse409
    | UpdateBrandKitResponse429
    | None
):
    """Update Brand Kit

     Updates a brand kit's name or its role assignments — which color plays which part, which logo is the
    main one, and which font is used for headings and body text. A field you omit is left unchanged.

    Creation assigns these roles automatically, with no human in the loop, so this is how a caller
    corrects them.

    Each role object is replaced in full rather than merged: send the roles you want to keep, since a
    role you leave out of the object is cleared. Send an empty object to clear a role entirely. A
    cleared role stays cleared and is not recomputed later. Sending null for any field is rejected: omit
    it to leave it unchanged.

    Role edits require an assembled kit and return 409 while status is 'loading' or 'error'. Renaming is
    allowed at any time. Editing the colors themselves is not supported here yet.

    A brand kit shared into your workspace by another workspace is readable but not editable, and
    returns 403.

    Args:
        brand_kit_id (str):
        body (UpdateBrandKitRequest): Request body for PATCH /v3/brand-kits/{brand_kit_id}.

            Every field is optional and omitting one leaves it unchanged. Sending a role object with
            no
            fields inside it (`{}`) clears that role, and a cleared role stays cleared — nothing
            recomputes
            over a role the caller has deliberately emptied.

            Clearing is an empty object rather than `null`, and `null` is rejected outright, so each
            intention has exactly one spelling. Generated clients serialise request bodies with
            `exclude_none` and drop a `null` before sending, so honouring `null` as "clear" would
            clear the
            role for a caller using raw HTTP and silently do nothing for a caller using our own SDK.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBrandKitResponse200 | UpdateBrandKitResponse400 | UpdateBrandKitResponse401 | UpdateBrandKitResponse403 | UpdateBrandKitResponse404 | UpdateBrandKitResponse409 | UpdateBrandKitResponse429
    """

    return (
        await asyncio_detailed(
            brand_kit_id=brand_kit_id,
            client=client,
            body=body,
        )
    ).parsed
