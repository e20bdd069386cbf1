from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph_list_binding import GraphListBinding
    from ..models.graph_literal_binding import GraphLiteralBinding
    from ..models.graph_node_output_binding import GraphNodeOutputBinding
    from ..models.graph_object_binding import GraphObjectBinding
    from ..models.graph_run_input_binding import GraphRunInputBinding


T = TypeVar("T", bound="GraphObjectBindingFields")


@_attrs_define
class GraphObjectBindingFields:
    """Object fields, each bound independently."""

    additional_properties: dict[
        str,
        GraphListBinding
        | GraphLiteralBinding
        | GraphNodeOutputBinding
        | GraphObjectBinding
        | GraphRunInputBinding,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.graph_literal_binding import GraphLiteralBinding  # noqa: PLC0415
        from ..models.graph_node_output_binding import GraphNodeOutputBinding  # noqa: PLC0415
        from ..models.graph_object_binding import GraphObjectBinding  # noqa: PLC0415
        from ..models.graph_run_input_binding import GraphRunInputBinding  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, GraphLiteralBinding):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GraphNodeOutputBinding):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GraphRunInputBinding):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GraphObjectBinding):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_list_binding import GraphListBinding  # noqa: PLC0415
        from ..models.graph_literal_binding import GraphLiteralBinding  # noqa: PLC0415
        from ..models.graph_node_output_binding import GraphNodeOutputBinding  # noqa: PLC0415
        from ..models.graph_object_binding import GraphObjectBinding  # noqa: PLC0415
        from ..models.graph_run_input_binding import GraphRunInputBinding  # noqa: PLC0415

        d = dict(src_dict)
        graph_object_binding_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                GraphListBinding
                | GraphLiteralBinding
                | GraphNodeOutputBinding
                | GraphObjectBinding
                | GraphRunInputBinding
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = GraphLiteralBinding.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = GraphNodeOutputBinding.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = GraphRunInputBinding.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = GraphObjectBinding.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_4 = GraphListBinding.from_dict(data)

                return additional_property_type_4

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        graph_object_binding_fields.additional_properties = additional_properties
        return graph_object_binding_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        GraphListBinding
        | GraphLiteralBinding
        | GraphNodeOutputBinding
        | GraphObjectBinding
        | GraphRunInputBinding
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: GraphListBinding
        | GraphLiteralBinding
        | GraphNodeOutputBinding
        | GraphObjectBinding
        | GraphRunInputBinding,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
