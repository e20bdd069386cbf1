from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowRunWorkflowRef")


@_attrs_define
class WorkflowRunWorkflowRef:
    """The workflow and exact immutable version this run executes against.

    Attributes:
        id (str): Workflow this run belongs to.
        version_id (str): Immutable version this run is pinned to.
        version_number (int): Version number this run is pinned to.
    """

    id: str
    version_id: str
    version_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version_id": version_id,
                "version_number": version_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version_id = d.pop("version_id")

        version_number = d.pop("version_number")

        workflow_run_workflow_ref = cls(
            id=id,
            version_id=version_id,
            version_number=version_number,
        )

        workflow_run_workflow_ref.additional_properties = d
        return workflow_run_workflow_ref

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
