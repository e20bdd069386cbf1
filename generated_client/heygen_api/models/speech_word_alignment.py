from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpeechWordAlignment")


@_attrs_define
class SpeechWordAlignment:
    """
    Attributes:
        text (str): Word represented by this alignment entry.
        start_time (float): Word start time in seconds.
        end_time (float): Word end time in seconds.
        confidence (float): Alignment confidence from 0 to 1.
    """

    text: str
    start_time: float
    end_time: float
    confidence: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start_time = self.start_time

        end_time = self.end_time

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "start_time": start_time,
                "end_time": end_time,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        confidence = d.pop("confidence")

        speech_word_alignment = cls(
            text=text,
            start_time=start_time,
            end_time=end_time,
            confidence=confidence,
        )

        speech_word_alignment.additional_properties = d
        return speech_word_alignment

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
