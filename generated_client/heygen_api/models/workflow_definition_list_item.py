from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_definition_status import WorkflowDefinitionStatus

T = TypeVar("T", bound="WorkflowDefinitionListItem")


@_attrs_define
class WorkflowDefinitionListItem:
    """Compact per-item shape for GET /v3/workflows list responses.

    Attributes:
        id (str): Workflow definition id.
        name (str): Workflow name.
        status (WorkflowDefinitionStatus):
        draft_revision (int): Current draft revision.
    """

    id: str
    name: str
    status: WorkflowDefinitionStatus
    draft_revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.value

        draft_revision = self.draft_revision

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = WorkflowDefinitionStatus(d.pop("status"))

        draft_revision = d.pop("draft_revision")

        workflow_definition_list_item = cls(
            id=id,
            name=name,
            status=status,
            draft_revision=draft_revision,
        )

        workflow_definition_list_item.additional_properties = d
        return workflow_definition_list_item

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
