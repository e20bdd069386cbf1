from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandKitItem")


@_attrs_define
class BrandKitItem:
    """A brand kit in the listing response.

    Attributes:
        brand_kit_id (str): Unique brand kit identifier. Pass to POST /v3/video-agents as brand_kit_id.
        name (str): Display name of the brand kit.
        logo_url (None | str | Unset): Primary brand logo URL (public CDN).
        colors (list[str] | Unset): Brand colors as hex values (e.g., '#FF5733').
    """

    brand_kit_id: str
    name: str
    logo_url: None | str | Unset = UNSET
    colors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_kit_id = self.brand_kit_id

        name = self.name

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        colors: list[str] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_kit_id": brand_kit_id,
                "name": name,
            }
        )
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if colors is not UNSET:
            field_dict["colors"] = colors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_kit_id = d.pop("brand_kit_id")

        name = d.pop("name")

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        colors = cast(list[str], d.pop("colors", UNSET))

        brand_kit_item = cls(
            brand_kit_id=brand_kit_id,
            name=name,
            logo_url=logo_url,
            colors=colors,
        )

        brand_kit_item.additional_properties = d
        return brand_kit_item

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
