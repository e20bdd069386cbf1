from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandGlossaryItem")


@_attrs_define
class BrandGlossaryItem:
    """A single brand glossary entry in the list response.

    Attributes:
        brand_glossary_id (str): Unique brand glossary ID. Pass it as `brand_glossary_id` when creating a video or
            translation to apply this glossary.
        name (str): Display name of the brand glossary.
        created_at (datetime.datetime): Creation timestamp (UTC).
        updated_at (datetime.datetime): Last update timestamp (UTC).
    """

    brand_glossary_id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_glossary_id = self.brand_glossary_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_glossary_id": brand_glossary_id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_glossary_id = d.pop("brand_glossary_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        brand_glossary_item = cls(
            brand_glossary_id=brand_glossary_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        brand_glossary_item.additional_properties = d
        return brand_glossary_item

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
