from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBrandKitColorRoles")


@_attrs_define
class UpdateBrandKitColorRoles:
    """Color role assignment to write. Unknown keys are rejected.

    Attributes:
        primary (None | str | Unset): Primary brand color, as a hex value like '#FF5733'.
        secondary (None | str | Unset): Secondary brand color, as a hex value.
        tertiary (None | str | Unset): Tertiary brand color, as a hex value.
        accent (None | str | Unset): Accent color for highlights and calls to action, as a hex value.
    """

    primary: None | str | Unset = UNSET
    secondary: None | str | Unset = UNSET
    tertiary: None | str | Unset = UNSET
    accent: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        primary: None | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        secondary: None | str | Unset
        if isinstance(self.secondary, Unset):
            secondary = UNSET
        else:
            secondary = self.secondary

        tertiary: None | str | Unset
        if isinstance(self.tertiary, Unset):
            tertiary = UNSET
        else:
            tertiary = self.tertiary

        accent: None | str | Unset
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if tertiary is not UNSET:
            field_dict["tertiary"] = tertiary
        if accent is not UNSET:
            field_dict["accent"] = accent

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

        def _parse_secondary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary = _parse_secondary(d.pop("secondary", UNSET))

        def _parse_tertiary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tertiary = _parse_tertiary(d.pop("tertiary", UNSET))

        def _parse_accent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent = _parse_accent(d.pop("accent", UNSET))

        update_brand_kit_color_roles = cls(
            primary=primary,
            secondary=secondary,
            tertiary=tertiary,
            accent=accent,
        )

        return update_brand_kit_color_roles
