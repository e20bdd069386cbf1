from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompiledNodeSummary")


@_attrs_define
class CompiledNodeSummary:
    """Compact per-node summary of a compiled execution plan (no internal node dumps).

    Attributes:
        node_id (str): Node id within the graph.
        family (str): Node family, as authored in the product graph.
        contract_version (str): NodeType contract version pinned in the plan.
        adapter_version (str): Adapter version pinned for this node.
        variant (None | str | Unset): Variant within the family; null for a single-variant family.
        parents (list[str] | Unset): Upstream node ids this node depends on.
    """

    node_id: str
    family: str
    contract_version: str
    adapter_version: str
    variant: None | str | Unset = UNSET
    parents: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        family = self.family

        contract_version = self.contract_version

        adapter_version = self.adapter_version

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        parents: list[str] | Unset = UNSET
        if not isinstance(self.parents, Unset):
            parents = self.parents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "family": family,
                "contract_version": contract_version,
                "adapter_version": adapter_version,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant
        if parents is not UNSET:
            field_dict["parents"] = parents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id")

        family = d.pop("family")

        contract_version = d.pop("contract_version")

        adapter_version = d.pop("adapter_version")

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        parents = cast(list[str], d.pop("parents", UNSET))

        compiled_node_summary = cls(
            node_id=node_id,
            family=family,
            contract_version=contract_version,
            adapter_version=adapter_version,
            variant=variant,
            parents=parents,
        )

        compiled_node_summary.additional_properties = d
        return compiled_node_summary

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
