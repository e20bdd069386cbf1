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

T = TypeVar("T", bound="CreateBrandKitResponse")


@_attrs_define
class CreateBrandKitResponse:
    """Response for POST /v3/brand-kits.

    Attributes:
        brand_kit_id (str): Unique identifier of the newly created brand kit.
        status (Literal['loading']): Assembly status, always 'loading' on creation: the kit exists and its id is usable
            immediately, but its assets are gathered in the background. Poll GET /v3/brand-kits/{brand_kit_id} until status
            is 'completed'.
    """

    brand_kit_id: str
    status: Literal["loading"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_kit_id = self.brand_kit_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_kit_id": brand_kit_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_kit_id = d.pop("brand_kit_id")

        status = cast(Literal["loading"], d.pop("status"))
        if status != "loading":
            raise ValueError(f"status must match const 'loading', got '{status}'")

        create_brand_kit_response = cls(
            brand_kit_id=brand_kit_id,
            status=status,
        )

        create_brand_kit_response.additional_properties = d
        return create_brand_kit_response

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
