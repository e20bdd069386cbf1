from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_workflow_run_status import PublicWorkflowRunStatus

T = TypeVar("T", bound="WorkflowRunListItem")


@_attrs_define
class WorkflowRunListItem:
    """Compact per-item shape for GET /v3/workflow-runs list responses.

    Attributes:
        id (str): Run id.
        version_id (str): Version the run is pinned to.
        status (PublicWorkflowRunStatus): Run lifecycle as published to callers.
        created_at (datetime.datetime): When the run was created (UTC).
    """

    id: str
    version_id: str
    status: PublicWorkflowRunStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version_id": version_id,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version_id = d.pop("version_id")

        status = PublicWorkflowRunStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        workflow_run_list_item = cls(
            id=id,
            version_id=version_id,
            status=status,
            created_at=created_at,
        )

        workflow_run_list_item.additional_properties = d
        return workflow_run_list_item

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
