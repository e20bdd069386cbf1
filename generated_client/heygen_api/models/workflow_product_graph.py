from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_graph_node import WorkflowGraphNode
    from ..models.workflow_product_graph_inputs import WorkflowProductGraphInputs
    from ..models.workflow_product_graph_outputs import WorkflowProductGraphOutputs


T = TypeVar("T", bound="WorkflowProductGraph")


@_attrs_define
class WorkflowProductGraph:
    """An authored workflow product graph: nodes, their bindings, and the run-level inputs/outputs.

    Attributes:
        schema_version (str): Graph schema version; currently "1.0.0".
        inputs (WorkflowProductGraphInputs | Unset): Workflow inputs supplied at run start, keyed by input name.
        nodes (list[WorkflowGraphNode] | Unset): Nodes in the graph.
        outputs (WorkflowProductGraphOutputs | Unset): Node outputs surfaced as run results, keyed by output name.
    """

    schema_version: str
    inputs: WorkflowProductGraphInputs | Unset = UNSET
    nodes: list[WorkflowGraphNode] | Unset = UNSET
    outputs: WorkflowProductGraphOutputs | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        schema_version = self.schema_version

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "schema_version": schema_version,
            }
        )
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_graph_node import WorkflowGraphNode  # noqa: PLC0415
        from ..models.workflow_product_graph_inputs import WorkflowProductGraphInputs  # noqa: PLC0415
        from ..models.workflow_product_graph_outputs import WorkflowProductGraphOutputs  # noqa: PLC0415

        d = dict(src_dict)
        schema_version = d.pop("schema_version")

        _inputs = d.pop("inputs", UNSET)
        inputs: WorkflowProductGraphInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = WorkflowProductGraphInputs.from_dict(_inputs)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[WorkflowGraphNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = WorkflowGraphNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: WorkflowProductGraphOutputs | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = WorkflowProductGraphOutputs.from_dict(_outputs)

        workflow_product_graph = cls(
            schema_version=schema_version,
            inputs=inputs,
            nodes=nodes,
            outputs=outputs,
        )

        return workflow_product_graph
