from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.node_type_variant_entry import NodeTypeVariantEntry


T = TypeVar("T", bound="NodeTypeFamilyEntry")


@_attrs_define
class NodeTypeFamilyEntry:
    """A node-type family and its listed variants.

    Attributes:
        family (str): Family identifier, as authored in a product graph node's `type`.
        display_name (str): Human-readable family name.
        variants (list[NodeTypeVariantEntry]): Variants in this family, sorted by variant name (a single-variant
            family's lone null-variant entry sorts first).
    """

    family: str
    display_name: str
    variants: list[NodeTypeVariantEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        family = self.family

        display_name = self.display_name

        variants = []
        for variants_item_data in self.variants:
            variants_item = variants_item_data.to_dict()
            variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "family": family,
                "display_name": display_name,
                "variants": variants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_type_variant_entry import NodeTypeVariantEntry  # noqa: PLC0415

        d = dict(src_dict)
        family = d.pop("family")

        display_name = d.pop("display_name")

        variants = []
        _variants = d.pop("variants")
        for variants_item_data in _variants:
            variants_item = NodeTypeVariantEntry.from_dict(variants_item_data)

            variants.append(variants_item)

        node_type_family_entry = cls(
            family=family,
            display_name=display_name,
            variants=variants,
        )

        node_type_family_entry.additional_properties = d
        return node_type_family_entry

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
