from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_definition_status import WorkflowDefinitionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_definition_response_meta_type_0 import (
        WorkflowDefinitionResponseMetaType0,
    )
    from ..models.workflow_product_graph_view import WorkflowProductGraphView
    from ..models.workflow_version_ref import WorkflowVersionRef


T = TypeVar("T", bound="WorkflowDefinitionResponse")


@_attrs_define
class WorkflowDefinitionResponse:
    """Response body for a single workflow definition (mutable draft).

    Attributes:
        id (str): Workflow definition id (def_…).
        name (str): Workflow name.
        status (WorkflowDefinitionStatus):
        draft_revision (int): Monotonic draft revision; supply as expected_revision when updating the draft.
        draft_product_graph (None | Unset | WorkflowProductGraphView): Current mutable draft graph, if any.
        meta (None | Unset | WorkflowDefinitionResponseMetaType0): Caller-supplied metadata stored with the workflow, if
            any.
        latest_version (None | Unset | WorkflowVersionRef): The version this request published. Present on POST
            /v3/workflows responses (the version 1 the create published); omitted on read endpoints.
    """

    id: str
    name: str
    status: WorkflowDefinitionStatus
    draft_revision: int
    draft_product_graph: None | Unset | WorkflowProductGraphView = UNSET
    meta: None | Unset | WorkflowDefinitionResponseMetaType0 = UNSET
    latest_version: None | Unset | WorkflowVersionRef = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_definition_response_meta_type_0 import (
            WorkflowDefinitionResponseMetaType0,  # noqa: PLC0415
        )
        from ..models.workflow_product_graph_view import WorkflowProductGraphView  # noqa: PLC0415
        from ..models.workflow_version_ref import WorkflowVersionRef  # noqa: PLC0415

        id = self.id

        name = self.name

        status = self.status.value

        draft_revision = self.draft_revision

        draft_product_graph: dict[str, Any] | None | Unset
        if isinstance(self.draft_product_graph, Unset):
            draft_product_graph = UNSET
        elif isinstance(self.draft_product_graph, WorkflowProductGraphView):
            draft_product_graph = self.draft_product_graph.to_dict()
        else:
            draft_product_graph = self.draft_product_graph

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, WorkflowDefinitionResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        latest_version: dict[str, Any] | None | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        elif isinstance(self.latest_version, WorkflowVersionRef):
            latest_version = self.latest_version.to_dict()
        else:
            latest_version = self.latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "draft_revision": draft_revision,
            }
        )
        if draft_product_graph is not UNSET:
            field_dict["draft_product_graph"] = draft_product_graph
        if meta is not UNSET:
            field_dict["meta"] = meta
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_definition_response_meta_type_0 import (
            WorkflowDefinitionResponseMetaType0,  # noqa: PLC0415
        )
        from ..models.workflow_product_graph_view import WorkflowProductGraphView  # noqa: PLC0415
        from ..models.workflow_version_ref import WorkflowVersionRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = WorkflowDefinitionStatus(d.pop("status"))

        draft_revision = d.pop("draft_revision")

        def _parse_draft_product_graph(
            data: object,
        ) -> None | Unset | WorkflowProductGraphView:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                draft_product_graph_type_0 = WorkflowProductGraphView.from_dict(data)

                return draft_product_graph_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowProductGraphView, data)

        draft_product_graph = _parse_draft_product_graph(
            d.pop("draft_product_graph", UNSET)
        )

        def _parse_meta(
            data: object,
        ) -> None | Unset | WorkflowDefinitionResponseMetaType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = WorkflowDefinitionResponseMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDefinitionResponseMetaType0, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_latest_version(data: object) -> None | Unset | WorkflowVersionRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_version_type_0 = WorkflowVersionRef.from_dict(data)

                return latest_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowVersionRef, data)

        latest_version = _parse_latest_version(d.pop("latest_version", UNSET))

        workflow_definition_response = cls(
            id=id,
            name=name,
            status=status,
            draft_revision=draft_revision,
            draft_product_graph=draft_product_graph,
            meta=meta,
            latest_version=latest_version,
        )

        workflow_definition_response.additional_properties = d
        return workflow_definition_response

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
