from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compiled_node_summary import CompiledNodeSummary
    from ..models.workflow_product_graph_view import WorkflowProductGraphView


T = TypeVar("T", bound="WorkflowVersionResponse")


@_attrs_define
class WorkflowVersionResponse:
    """Response body for a single immutable, compiled workflow version.

    Attributes:
        id (str): Version id (dwv_…).
        definition_id (str): Parent workflow definition id.
        version_number (int): Monotonic version number within the definition.
        checksum (str): Deterministic checksum of the frozen graph + plan.
        compiler_version (str): Compiler version that produced the plan.
        adapter_manifest_digest (str): Digest of the per-node adapter-version manifest.
        product_graph (WorkflowProductGraphView): The same graph shape as stored and returned on read surfaces.

            A separate schema from the request-side graph so the published contract can describe what a
            stored graph may contain (including node types that are no longer available for new
            authoring) independently of what a new request may submit.
        plan_summary (list[CompiledNodeSummary]): Compact per-node summary of the compiled plan (no internal node
            dumps).
    """

    id: str
    definition_id: str
    version_number: int
    checksum: str
    compiler_version: str
    adapter_manifest_digest: str
    product_graph: WorkflowProductGraphView
    plan_summary: list[CompiledNodeSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        definition_id = self.definition_id

        version_number = self.version_number

        checksum = self.checksum

        compiler_version = self.compiler_version

        adapter_manifest_digest = self.adapter_manifest_digest

        product_graph = self.product_graph.to_dict()

        plan_summary = []
        for plan_summary_item_data in self.plan_summary:
            plan_summary_item = plan_summary_item_data.to_dict()
            plan_summary.append(plan_summary_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "definition_id": definition_id,
                "version_number": version_number,
                "checksum": checksum,
                "compiler_version": compiler_version,
                "adapter_manifest_digest": adapter_manifest_digest,
                "product_graph": product_graph,
                "plan_summary": plan_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compiled_node_summary import CompiledNodeSummary  # noqa: PLC0415
        from ..models.workflow_product_graph_view import WorkflowProductGraphView  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        definition_id = d.pop("definition_id")

        version_number = d.pop("version_number")

        checksum = d.pop("checksum")

        compiler_version = d.pop("compiler_version")

        adapter_manifest_digest = d.pop("adapter_manifest_digest")

        product_graph = WorkflowProductGraphView.from_dict(d.pop("product_graph"))

        plan_summary = []
        _plan_summary = d.pop("plan_summary")
        for plan_summary_item_data in _plan_summary:
            plan_summary_item = CompiledNodeSummary.from_dict(plan_summary_item_data)

            plan_summary.append(plan_summary_item)

        workflow_version_response = cls(
            id=id,
            definition_id=definition_id,
            version_number=version_number,
            checksum=checksum,
            compiler_version=compiler_version,
            adapter_manifest_digest=adapter_manifest_digest,
            product_graph=product_graph,
            plan_summary=plan_summary,
        )

        workflow_version_response.additional_properties = d
        return workflow_version_response

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
