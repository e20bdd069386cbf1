from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_kit_font_role import BrandKitFontRole


T = TypeVar("T", bound="BrandKitFontRoles")


@_attrs_define
class BrandKitFontRoles:
    """Which font plays which typographic part.

    Deleting a font does not clear the role that named it, so a role's font_id can be absent from
    `fonts`. Match by id and handle the miss rather than assuming a lookup succeeds.

        Attributes:
            title_text (BrandKitFontRole | None | Unset): Font for headings and titles.
            body_text (BrandKitFontRole | None | Unset): Font for body copy.
    """

    title_text: BrandKitFontRole | None | Unset = UNSET
    body_text: BrandKitFontRole | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_kit_font_role import BrandKitFontRole  # noqa: PLC0415

        title_text: dict[str, Any] | None | Unset
        if isinstance(self.title_text, Unset):
            title_text = UNSET
        elif isinstance(self.title_text, BrandKitFontRole):
            title_text = self.title_text.to_dict()
        else:
            title_text = self.title_text

        body_text: dict[str, Any] | None | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        elif isinstance(self.body_text, BrandKitFontRole):
            body_text = self.body_text.to_dict()
        else:
            body_text = self.body_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title_text is not UNSET:
            field_dict["title_text"] = title_text
        if body_text is not UNSET:
            field_dict["body_text"] = body_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_kit_font_role import BrandKitFontRole  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title_text(data: object) -> BrandKitFontRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_text_type_0 = BrandKitFontRole.from_dict(data)

                return title_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandKitFontRole | None | Unset, data)

        title_text = _parse_title_text(d.pop("title_text", UNSET))

        def _parse_body_text(data: object) -> BrandKitFontRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_text_type_0 = BrandKitFontRole.from_dict(data)

                return body_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandKitFontRole | None | Unset, data)

        body_text = _parse_body_text(d.pop("body_text", UNSET))

        brand_kit_font_roles = cls(
            title_text=title_text,
            body_text=body_text,
        )

        brand_kit_font_roles.additional_properties = d
        return brand_kit_font_roles

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
