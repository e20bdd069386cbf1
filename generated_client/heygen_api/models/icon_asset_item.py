from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IconAssetItem")


@_attrs_define
class IconAssetItem:
    """An icon result — typically a transparent vector cutout.

    Attributes:
        id (str): Opaque identifier for this search result.
        url (str): Direct URL to the asset. For the current public-library results this is a stable, long-lived URL.
        width (int | None | Unset): Pixel width, when known.
        height (int | None | Unset): Pixel height, when known.
        orientation (None | str | Unset): 'landscape', 'portrait', or 'square', when known.
        is_transparent (bool | None | Unset): Whether the asset has visible transparency (e.g. an icon or cut-out), when
            known.
        type_ (Literal['icon'] | Unset): Result type discriminator. Always 'icon'. Default: 'icon'.
    """

    id: str
    url: str
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    orientation: None | str | Unset = UNSET
    is_transparent: bool | None | Unset = UNSET
    type_: Literal["icon"] | Unset = "icon"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        is_transparent: bool | None | Unset
        if isinstance(self.is_transparent, Unset):
            is_transparent = UNSET
        else:
            is_transparent = self.is_transparent

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if is_transparent is not UNSET:
            field_dict["is_transparent"] = is_transparent
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_is_transparent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_transparent = _parse_is_transparent(d.pop("is_transparent", UNSET))

        type_ = cast(Literal["icon"] | Unset, d.pop("type", UNSET))
        if type_ != "icon" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'icon', got '{type_}'")

        icon_asset_item = cls(
            id=id,
            url=url,
            width=width,
            height=height,
            orientation=orientation,
            is_transparent=is_transparent,
            type_=type_,
        )

        icon_asset_item.additional_properties = d
        return icon_asset_item

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
