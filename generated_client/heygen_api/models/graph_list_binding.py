from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_literal_binding import GraphLiteralBinding
    from ..models.graph_node_output_binding import GraphNodeOutputBinding
    from ..models.graph_object_binding import GraphObjectBinding
    from ..models.graph_run_input_binding import GraphRunInputBinding


T = TypeVar("T", bound="GraphListBinding")


@_attrs_define
class GraphListBinding:
    """Composes a JSON list from nested bindings; valid only for a `json` port.

    Attributes:
        kind (Literal['list'] | Unset):  Default: 'list'.
        items (list[GraphListBinding | GraphLiteralBinding | GraphNodeOutputBinding | GraphObjectBinding |
            GraphRunInputBinding] | Unset): List items, each bound independently.
    """

    kind: Literal["list"] | Unset = "list"
    items: (
        list[
            GraphListBinding
            | GraphLiteralBinding
            | GraphNodeOutputBinding
            | GraphObjectBinding
            | GraphRunInputBinding
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.graph_literal_binding import GraphLiteralBinding  # noqa: PLC0415
        from ..models.graph_node_output_binding import GraphNodeOutputBinding  # noqa: PLC0415
        from ..models.graph_object_binding import GraphObjectBinding  # noqa: PLC0415
        from ..models.graph_run_input_binding import GraphRunInputBinding  # noqa: PLC0415

        kind = self.kind

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, GraphLiteralBinding):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, GraphNodeOutputBinding):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, GraphRunInputBinding):
                    items_item = items_item_data.to_dict()
                elif isinstance(items_item_data, GraphObjectBinding):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data.to_dict()

                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_literal_binding import GraphLiteralBinding  # noqa: PLC0415
        from ..models.graph_node_output_binding import GraphNodeOutputBinding  # noqa: PLC0415
        from ..models.graph_object_binding import GraphObjectBinding  # noqa: PLC0415
        from ..models.graph_run_input_binding import GraphRunInputBinding  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["list"] | Unset, d.pop("kind", UNSET))
        if kind != "list" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'list', got '{kind}'")

        _items = d.pop("items", UNSET)
        items: (
            list[
                GraphListBinding
                | GraphLiteralBinding
                | GraphNodeOutputBinding
                | GraphObjectBinding
                | GraphRunInputBinding
            ]
            | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
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
                        items_item_type_0 = GraphLiteralBinding.from_dict(data)

                        return items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        items_item_type_1 = GraphNodeOutputBinding.from_dict(data)

                        return items_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        items_item_type_2 = GraphRunInputBinding.from_dict(data)

                        return items_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        items_item_type_3 = GraphObjectBinding.from_dict(data)

                        return items_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_4 = GraphListBinding.from_dict(data)

                    return items_item_type_4

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        graph_list_binding = cls(
            kind=kind,
            items=items,
        )

        return graph_list_binding
