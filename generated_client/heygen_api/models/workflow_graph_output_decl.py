from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WorkflowGraphOutputDecl")


@_attrs_define
class WorkflowGraphOutputDecl:
    """Declares one workflow output: the node output surfaced as a run result.

    Attributes:
        node_id (str): Id of the node producing this output.
        port (str): Output port name on that node.
    """

    node_id: str
    port: str

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        port = self.port

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "node_id": node_id,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id")

        port = d.pop("port")

        workflow_graph_output_decl = cls(
            node_id=node_id,
            port=port,
        )

        return workflow_graph_output_decl
