from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.words_end_event_reason import WordsEndEventReason

T = TypeVar("T", bound="WordsEndEvent")


@_attrs_define
class WordsEndEvent:
    """Payload of the terminal `event: end` frame on the SSE word stream.

    Attributes:
        reason (WordsEndEventReason): Why the word stream ended. Matches the polling endpoint's `end_reason` where
            applicable.
    """

    reason: WordsEndEventReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = WordsEndEventReason(d.pop("reason"))

        words_end_event = cls(
            reason=reason,
        )

        words_end_event.additional_properties = d
        return words_end_event

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
