from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBrandKitLogoRoles")


@_attrs_define
class UpdateBrandKitLogoRoles:
    """Logo role assignment to write. Unknown keys are rejected.

    Attributes:
        primary (None | str | Unset): Identifier of the primary logo. Must be a logo_id belonging to this kit that has
            finished importing.
    """

    primary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        primary: None | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_primary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        update_brand_kit_logo_roles = cls(
            primary=primary,
        )

        return update_brand_kit_logo_roles
