from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendTextDeltaResponse")


@_attrs_define
class AppendTextDeltaResponse:
    """Response data for POST /v3/avatar-realtime/{stream_id}/text.

    Attributes:
        buffered_bytes (int): Total bytes of text buffered for this session so far.
        ok (bool | Unset): Always true on success. Default: True.
    """

    buffered_bytes: int
    ok: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buffered_bytes = self.buffered_bytes

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buffered_bytes": buffered_bytes,
            }
        )
        if ok is not UNSET:
            field_dict["ok"] = ok

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buffered_bytes = d.pop("buffered_bytes")

        ok = d.pop("ok", UNSET)

        append_text_delta_response = cls(
            buffered_bytes=buffered_bytes,
            ok=ok,
        )

        append_text_delta_response.additional_properties = d
        return append_text_delta_response

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
