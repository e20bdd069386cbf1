from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_workflow_node_status import PublicWorkflowNodeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_run_error import WorkflowRunError


T = TypeVar("T", bound="WorkflowRunNodeItem")


@_attrs_define
class WorkflowRunNodeItem:
    """Per-node diagnostics for GET /v3/workflow-runs/{run_id}/nodes.

    Attributes:
        node_id (str): Node id within the workflow graph.
        status (PublicWorkflowNodeStatus): Node lifecycle as published on the nodes diagnostics route.
        node_type (None | str | Unset): NodeType id executed for this node.
        started_at (datetime.datetime | None | Unset): When the node started running (UTC), or null if it has not
            started.
        completed_at (datetime.datetime | None | Unset): When the node reached a terminal status (UTC), or null if still
            in progress.
        error (None | Unset | WorkflowRunError): Sanitized node error, or null if the node did not fail.
    """

    node_id: str
    status: PublicWorkflowNodeStatus
    node_type: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error: None | Unset | WorkflowRunError = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_run_error import WorkflowRunError  # noqa: PLC0415

        node_id = self.node_id

        status = self.status.value

        node_type: None | str | Unset
        if isinstance(self.node_type, Unset):
            node_type = UNSET
        else:
            node_type = self.node_type

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WorkflowRunError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "status": status,
            }
        )
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_run_error import WorkflowRunError  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("node_id")

        status = PublicWorkflowNodeStatus(d.pop("status"))

        def _parse_node_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_type = _parse_node_type(d.pop("node_type", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | Unset | WorkflowRunError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = WorkflowRunError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRunError, data)

        error = _parse_error(d.pop("error", UNSET))

        workflow_run_node_item = cls(
            node_id=node_id,
            status=status,
            node_type=node_type,
            started_at=started_at,
            completed_at=completed_at,
            error=error,
        )

        workflow_run_node_item.additional_properties = d
        return workflow_run_node_item

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
