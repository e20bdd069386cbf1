from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.workflow_product_graph import WorkflowProductGraph


T = TypeVar("T", bound="PublishVersionRequest")


@_attrs_define
class PublishVersionRequest:
    """Request body for POST /v3/workflows/{workflow_id}/versions.

    Attributes:
        product_graph (WorkflowProductGraph): An authored workflow product graph: nodes, their bindings, and the run-
            level inputs/outputs.
    """

    product_graph: WorkflowProductGraph

    def to_dict(self) -> dict[str, Any]:
        product_graph = self.product_graph.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_graph": product_graph,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_product_graph import WorkflowProductGraph  # noqa: PLC0415

        d = dict(src_dict)
        product_graph = WorkflowProductGraph.from_dict(d.pop("product_graph"))

        publish_version_request = cls(
            product_graph=product_graph,
        )

        return publish_version_request
