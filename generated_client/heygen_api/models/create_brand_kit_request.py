from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandKitRequest")


@_attrs_define
class CreateBrandKitRequest:
    """Request body for POST /v3/brand-kits.

    Attributes:
        url (str): Public website URL to build the brand kit from. HeyGen visits the site and imports the brand assets
            it finds there, including logos, colors and font files. By calling this endpoint you confirm you have the rights
            and licenses necessary to upload, store and use those assets in HeyGen.
        name (None | str | Unset): Name for the brand kit, up to 256 characters. Defaults to the brand name detected on
            the site, or its domain.
    """

    url: str
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        create_brand_kit_request = cls(
            url=url,
            name=name,
        )

        return create_brand_kit_request
