from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_brand_kit_font_role import UpdateBrandKitFontRole


T = TypeVar("T", bound="UpdateBrandKitFontRoles")


@_attrs_define
class UpdateBrandKitFontRoles:
    """Typographic role assignment to write. Unknown keys are rejected.

    Attributes:
        title_text (None | Unset | UpdateBrandKitFontRole): Font for headings and titles.
        body_text (None | Unset | UpdateBrandKitFontRole): Font for body copy.
    """

    title_text: None | Unset | UpdateBrandKitFontRole = UNSET
    body_text: None | Unset | UpdateBrandKitFontRole = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_brand_kit_font_role import UpdateBrandKitFontRole  # noqa: PLC0415

        title_text: dict[str, Any] | None | Unset
        if isinstance(self.title_text, Unset):
            title_text = UNSET
        elif isinstance(self.title_text, UpdateBrandKitFontRole):
            title_text = self.title_text.to_dict()
        else:
            title_text = self.title_text

        body_text: dict[str, Any] | None | Unset
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        elif isinstance(self.body_text, UpdateBrandKitFontRole):
            body_text = self.body_text.to_dict()
        else:
            body_text = self.body_text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title_text is not UNSET:
            field_dict["title_text"] = title_text
        if body_text is not UNSET:
            field_dict["body_text"] = body_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_brand_kit_font_role import UpdateBrandKitFontRole  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title_text(data: object) -> None | Unset | UpdateBrandKitFontRole:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_text_type_0 = UpdateBrandKitFontRole.from_dict(data)

                return title_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateBrandKitFontRole, data)

        title_text = _parse_title_text(d.pop("title_text", UNSET))

        def _parse_body_text(data: object) -> None | Unset | UpdateBrandKitFontRole:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_text_type_0 = UpdateBrandKitFontRole.from_dict(data)

                return body_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateBrandKitFontRole, data)

        body_text = _parse_body_text(d.pop("body_text", UNSET))

        update_brand_kit_font_roles = cls(
            title_text=title_text,
            body_text=body_text,
        )

        return update_brand_kit_font_roles
