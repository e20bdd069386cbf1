from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.node_type_lifecycle import NodeTypeLifecycle

if TYPE_CHECKING:
    from ..models.node_type_port_entry import NodeTypePortEntry
    from ..models.node_type_variant_entry_config_schema import (
        NodeTypeVariantEntryConfigSchema,
    )


T = TypeVar("T", bound="NodeTypeVariantEntry")


@_attrs_define
class NodeTypeVariantEntry:
    """A single listed variant within a node-type family.

    Deliberately has no `type_id`/`availability` fields at all — this DTO is the external
    surface, which never exposes either. Validating a listing dump against this shape is what
    guarantees no internal key can reach the response, not a dump-time exclusion filter.

        Attributes:
            variant (None | str): Variant name within the family. Null for a single-variant family.
            display_name (str): Human-readable variant name.
            description (str): Human-readable variant description.
            category (str): UI grouping category.
            config_schema (NodeTypeVariantEntryConfigSchema): JSON schema describing this variant's config.
            input_ports (list[NodeTypePortEntry]): Input ports this variant accepts.
            output_ports (list[NodeTypePortEntry]): Output ports this variant produces.
            contract_version (str): Version of this variant's authoring contract (config schema and ports).
            lifecycle (NodeTypeLifecycle): Lifecycle of a listed node-type variant.
    """

    variant: None | str
    display_name: str
    description: str
    category: str
    config_schema: NodeTypeVariantEntryConfigSchema
    input_ports: list[NodeTypePortEntry]
    output_ports: list[NodeTypePortEntry]
    contract_version: str
    lifecycle: NodeTypeLifecycle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant: None | str
        variant = self.variant

        display_name = self.display_name

        description = self.description

        category = self.category

        config_schema = self.config_schema.to_dict()

        input_ports = []
        for input_ports_item_data in self.input_ports:
            input_ports_item = input_ports_item_data.to_dict()
            input_ports.append(input_ports_item)

        output_ports = []
        for output_ports_item_data in self.output_ports:
            output_ports_item = output_ports_item_data.to_dict()
            output_ports.append(output_ports_item)

        contract_version = self.contract_version

        lifecycle = self.lifecycle.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant": variant,
                "display_name": display_name,
                "description": description,
                "category": category,
                "config_schema": config_schema,
                "input_ports": input_ports,
                "output_ports": output_ports,
                "contract_version": contract_version,
                "lifecycle": lifecycle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_type_port_entry import NodeTypePortEntry  # noqa: PLC0415
        from ..models.node_type_variant_entry_config_schema import (
            NodeTypeVariantEntryConfigSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_variant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        variant = _parse_variant(d.pop("variant"))

        display_name = d.pop("display_name")

        description = d.pop("description")

        category = d.pop("category")

        config_schema = NodeTypeVariantEntryConfigSchema.from_dict(
            d.pop("config_schema")
        )

        input_ports = []
        _input_ports = d.pop("input_ports")
        for input_ports_item_data in _input_ports:
            input_ports_item = NodeTypePortEntry.from_dict(input_ports_item_data)

            input_ports.append(input_ports_item)

        output_ports = []
        _output_ports = d.pop("output_ports")
        for output_ports_item_data in _output_ports:
            output_ports_item = NodeTypePortEntry.from_dict(output_ports_item_data)

            output_ports.append(output_ports_item)

        contract_version = d.pop("contract_version")

        lifecycle = NodeTypeLifecycle(d.pop("lifecycle"))

        node_type_variant_entry = cls(
            variant=variant,
            display_name=display_name,
            description=description,
            category=category,
            config_schema=config_schema,
            input_ports=input_ports,
            output_ports=output_ports,
            contract_version=contract_version,
            lifecycle=lifecycle,
        )

        node_type_variant_entry.additional_properties = d
        return node_type_variant_entry

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
