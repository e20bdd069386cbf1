from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphNodeOutputBinding")


@_attrs_define
class GraphNodeOutputBinding:
    """Binds an input port to another node's output port.

    Attributes:
        node_id (str): Id of the node whose output feeds this port.
        port (str): Output port name on that node.
        kind (Literal['node_output'] | Unset):  Default: 'node_output'.
    """

    node_id: str
    port: str
    kind: Literal["node_output"] | Unset = "node_output"

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        port = self.port

        kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "node_id": node_id,
                "port": port,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id")

        port = d.pop("port")

        kind = cast(Literal["node_output"] | Unset, d.pop("kind", UNSET))
        if kind != "node_output" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'node_output', got '{kind}'")

        graph_node_output_binding = cls(
            node_id=node_id,
            port=port,
            kind=kind,
        )

        return graph_node_output_binding
