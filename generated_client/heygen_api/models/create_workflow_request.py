from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_workflow_request_meta_type_0 import (
        CreateWorkflowRequestMetaType0,
    )
    from ..models.workflow_product_graph import WorkflowProductGraph


T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest:
    """Request body for POST /v3/workflows.

    Attributes:
        name (str): Human-readable workflow name (unique per space). Creating a workflow with a name that already exists
            in this space fails with 409 conflict.
        product_graph (WorkflowProductGraph): An authored workflow product graph: nodes, their bindings, and the run-
            level inputs/outputs.
        meta (CreateWorkflowRequestMetaType0 | None | Unset): Optional caller-supplied metadata stored with the
            workflow.
    """

    name: str
    product_graph: WorkflowProductGraph
    meta: CreateWorkflowRequestMetaType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_workflow_request_meta_type_0 import (
            CreateWorkflowRequestMetaType0,  # noqa: PLC0415
        )

        name = self.name

        product_graph = self.product_graph.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CreateWorkflowRequestMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "product_graph": product_graph,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_workflow_request_meta_type_0 import (
            CreateWorkflowRequestMetaType0,  # noqa: PLC0415
        )
        from ..models.workflow_product_graph import WorkflowProductGraph  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        product_graph = WorkflowProductGraph.from_dict(d.pop("product_graph"))

        def _parse_meta(data: object) -> CreateWorkflowRequestMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = CreateWorkflowRequestMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateWorkflowRequestMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        create_workflow_request = cls(
            name=name,
            product_graph=product_graph,
            meta=meta,
        )

        return create_workflow_request
