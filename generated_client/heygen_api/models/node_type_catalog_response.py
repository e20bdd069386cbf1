from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.node_type_family_entry import NodeTypeFamilyEntry


T = TypeVar("T", bound="NodeTypeCatalogResponse")


@_attrs_define
class NodeTypeCatalogResponse:
    """Response body for GET /v3/workflows/node-types.

    Attributes:
        families (list[NodeTypeFamilyEntry]): Node-type families, grouped and sorted by family name. Variants with
            lifecycle 'available' can be authored in new graphs; 'deprecated' variants are listed only so existing graphs
            stay readable.
    """

    families: list[NodeTypeFamilyEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        families = []
        for families_item_data in self.families:
            families_item = families_item_data.to_dict()
            families.append(families_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "families": families,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_type_family_entry import NodeTypeFamilyEntry  # noqa: PLC0415

        d = dict(src_dict)
        families = []
        _families = d.pop("families")
        for families_item_data in _families:
            families_item = NodeTypeFamilyEntry.from_dict(families_item_data)

            families.append(families_item)

        node_type_catalog_response = cls(
            families=families,
        )

        node_type_catalog_response.additional_properties = d
        return node_type_catalog_response

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
