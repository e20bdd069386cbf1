from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardAPIErrorDetail")


@_attrs_define
class StandardAPIErrorDetail:
    """
    Attributes:
        code (str): Machine-readable error code Example: unknown_node_type.
        message (str): Human-readable error message Example: Unknown node type.
        node_id (str | Unset): Graph node id this error pertains to, if applicable
        port (str | Unset): Port name on the node this error pertains to, if applicable
        path (str | Unset): Field path within the item this error pertains to, if applicable
    """

    code: str
    message: str
    node_id: str | Unset = UNSET
    port: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        node_id = self.node_id

        port = self.port

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if port is not UNSET:
            field_dict["port"] = port
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        node_id = d.pop("node_id", UNSET)

        port = d.pop("port", UNSET)

        path = d.pop("path", UNSET)

        standard_api_error_detail = cls(
            code=code,
            message=message,
            node_id=node_id,
            port=port,
            path=path,
        )

        standard_api_error_detail.additional_properties = d
        return standard_api_error_detail

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
