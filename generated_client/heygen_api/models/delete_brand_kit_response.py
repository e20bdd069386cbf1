from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteBrandKitResponse")


@_attrs_define
class DeleteBrandKitResponse:
    """Response for DELETE /v3/brand-kits/{brand_kit_id}.

    Attributes:
        brand_kit_id (str): Identifier of the deleted brand kit.
    """

    brand_kit_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_kit_id = self.brand_kit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_kit_id": brand_kit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_kit_id = d.pop("brand_kit_id")

        delete_brand_kit_response = cls(
            brand_kit_id=brand_kit_id,
        )

        delete_brand_kit_response.additional_properties = d
        return delete_brand_kit_response

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
