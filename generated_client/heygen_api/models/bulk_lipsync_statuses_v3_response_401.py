from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_api_error import StandardAPIError


T = TypeVar("T", bound="BulkLipsyncStatusesV3Response401")


@_attrs_define
class BulkLipsyncStatusesV3Response401:
    """
    Attributes:
        error (StandardAPIError | Unset):
    """

    error: StandardAPIError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_api_error import StandardAPIError  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: StandardAPIError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = StandardAPIError.from_dict(_error)

        bulk_lipsync_statuses_v3_response_401 = cls(
            error=error,
        )

        bulk_lipsync_statuses_v3_response_401.additional_properties = d
        return bulk_lipsync_statuses_v3_response_401

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
