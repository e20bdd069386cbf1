from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.workflow_product_graph import WorkflowProductGraph


T = TypeVar("T", bound="UpdateWorkflowDraftRequest")


@_attrs_define
class UpdateWorkflowDraftRequest:
    """Request body for PATCH /v3/workflows/{workflow_id}.

    Attributes:
        product_graph (WorkflowProductGraph): An authored workflow product graph: nodes, their bindings, and the run-
            level inputs/outputs.
        expected_revision (int): draft_revision the client last read; the update is rejected (409) if stale.
    """

    product_graph: WorkflowProductGraph
    expected_revision: int

    def to_dict(self) -> dict[str, Any]:
        product_graph = self.product_graph.to_dict()

        expected_revision = self.expected_revision

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_graph": product_graph,
                "expected_revision": expected_revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_product_graph import WorkflowProductGraph  # noqa: PLC0415

        d = dict(src_dict)
        product_graph = WorkflowProductGraph.from_dict(d.pop("product_graph"))

        expected_revision = d.pop("expected_revision")

        update_workflow_draft_request = cls(
            product_graph=product_graph,
            expected_revision=expected_revision,
        )

        return update_workflow_draft_request
