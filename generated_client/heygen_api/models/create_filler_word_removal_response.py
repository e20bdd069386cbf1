from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateFillerWordRemovalResponse")


@_attrs_define
class CreateFillerWordRemovalResponse:
    """Response for POST /v3/filler-word-removals. Mirrors the v3 single-ID create shape.

    Attributes:
        filler_word_removal_id (str): Unique job identifier. Use with GET /v3/filler-word-removals/{id}.
    """

    filler_word_removal_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filler_word_removal_id = self.filler_word_removal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filler_word_removal_id": filler_word_removal_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filler_word_removal_id = d.pop("filler_word_removal_id")

        create_filler_word_removal_response = cls(
            filler_word_removal_id=filler_word_removal_id,
        )

        create_filler_word_removal_response.additional_properties = d
        return create_filler_word_removal_response

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
