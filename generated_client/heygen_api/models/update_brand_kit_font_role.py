from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBrandKitFontRole")


@_attrs_define
class UpdateBrandKitFontRole:
    """One typographic role to write. Unknown keys are rejected.

    Attributes:
        font_id (None | str | Unset): Identifier of the font to assign. Not required to appear in the kit's `fonts`
            list: a role may legitimately name a font variant that the list does not enumerate separately.
        weight (int | None | Unset): Font weight, 1-1000. E.g. 400 for regular or 700 for bold.
    """

    font_id: None | str | Unset = UNSET
    weight: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        font_id: None | str | Unset
        if isinstance(self.font_id, Unset):
            font_id = UNSET
        else:
            font_id = self.font_id

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if font_id is not UNSET:
            field_dict["font_id"] = font_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_font_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        font_id = _parse_font_id(d.pop("font_id", UNSET))

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        update_brand_kit_font_role = cls(
            font_id=font_id,
            weight=weight,
        )

        return update_brand_kit_font_role
