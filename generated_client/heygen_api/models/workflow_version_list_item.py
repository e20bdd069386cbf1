from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowVersionListItem")


@_attrs_define
class WorkflowVersionListItem:
    """Compact per-item shape for GET /v3/workflows/{id}/versions list responses.

    Attributes:
        id (str): Version id.
        version_number (int): Version number.
        checksum (str): Plan checksum.
    """

    id: str
    version_number: int
    checksum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_number = self.version_number

        checksum = self.checksum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version_number": version_number,
                "checksum": checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version_number = d.pop("version_number")

        checksum = d.pop("checksum")

        workflow_version_list_item = cls(
            id=id,
            version_number=version_number,
            checksum=checksum,
        )

        workflow_version_list_item.additional_properties = d
        return workflow_version_list_item

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
