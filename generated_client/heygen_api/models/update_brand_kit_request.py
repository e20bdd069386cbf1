from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_brand_kit_color_roles import UpdateBrandKitColorRoles
    from ..models.update_brand_kit_font_roles import UpdateBrandKitFontRoles
    from ..models.update_brand_kit_logo_roles import UpdateBrandKitLogoRoles


T = TypeVar("T", bound="UpdateBrandKitRequest")


@_attrs_define
class UpdateBrandKitRequest:
    """Request body for PATCH /v3/brand-kits/{brand_kit_id}.

    Every field is optional and omitting one leaves it unchanged. Sending a role object with no
    fields inside it (`{}`) clears that role, and a cleared role stays cleared — nothing recomputes
    over a role the caller has deliberately emptied.

    Clearing is an empty object rather than `null`, and `null` is rejected outright, so each
    intention has exactly one spelling. Generated clients serialise request bodies with
    `exclude_none` and drop a `null` before sending, so honouring `null` as "clear" would clear the
    role for a caller using raw HTTP and silently do nothing for a caller using our own SDK.

        Attributes:
            name (str | Unset): New display name for the brand kit, 1-256 characters. Leading and trailing whitespace is
                trimmed.
            color_roles (UpdateBrandKitColorRoles | Unset): Color role assignment to write. Unknown keys are rejected.
            logo_roles (UpdateBrandKitLogoRoles | Unset): Logo role assignment to write. Unknown keys are rejected.
            font_roles (UpdateBrandKitFontRoles | Unset): Typographic role assignment to write. Unknown keys are rejected.
    """

    name: str | Unset = UNSET
    color_roles: UpdateBrandKitColorRoles | Unset = UNSET
    logo_roles: UpdateBrandKitLogoRoles | Unset = UNSET
    font_roles: UpdateBrandKitFontRoles | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color_roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_roles, Unset):
            color_roles = self.color_roles.to_dict()

        logo_roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_roles, Unset):
            logo_roles = self.logo_roles.to_dict()

        font_roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.font_roles, Unset):
            font_roles = self.font_roles.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color_roles is not UNSET:
            field_dict["color_roles"] = color_roles
        if logo_roles is not UNSET:
            field_dict["logo_roles"] = logo_roles
        if font_roles is not UNSET:
            field_dict["font_roles"] = font_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_brand_kit_color_roles import UpdateBrandKitColorRoles  # noqa: PLC0415
        from ..models.update_brand_kit_font_roles import UpdateBrandKitFontRoles  # noqa: PLC0415
        from ..models.update_brand_kit_logo_roles import UpdateBrandKitLogoRoles  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _color_roles = d.pop("color_roles", UNSET)
        color_roles: UpdateBrandKitColorRoles | Unset
        if isinstance(_color_roles, Unset):
            color_roles = UNSET
        else:
            color_roles = UpdateBrandKitColorRoles.from_dict(_color_roles)

        _logo_roles = d.pop("logo_roles", UNSET)
        logo_roles: UpdateBrandKitLogoRoles | Unset
        if isinstance(_logo_roles, Unset):
            logo_roles = UNSET
        else:
            logo_roles = UpdateBrandKitLogoRoles.from_dict(_logo_roles)

        _font_roles = d.pop("font_roles", UNSET)
        font_roles: UpdateBrandKitFontRoles | Unset
        if isinstance(_font_roles, Unset):
            font_roles = UNSET
        else:
            font_roles = UpdateBrandKitFontRoles.from_dict(_font_roles)

        update_brand_kit_request = cls(
            name=name,
            color_roles=color_roles,
            logo_roles=logo_roles,
            font_roles=font_roles,
        )

        return update_brand_kit_request
