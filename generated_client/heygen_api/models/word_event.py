from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WordEvent")


@_attrs_define
class WordEvent:
    """One spoken word and its time bounds in the streamed audio.

    Punctuation (periods, commas, etc.) is emitted as its own event with its
    own time bounds — clients that don't care can filter them out. Times are
    in seconds, matching OpenAI Whisper and ElevenLabs alignment APIs.

        Attributes:
            word (str): The spoken token. May be a word, partial word, or a punctuation mark.
            start (float): Word start time in seconds, measured from the beginning of the streamed audio.
            end (float): Word end time in seconds, measured from the beginning of the streamed audio.
    """

    word: str
    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "word": word,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        word = d.pop("word")

        start = d.pop("start")

        end = d.pop("end")

        word_event = cls(
            word=word,
            start=start,
            end=end,
        )

        word_event.additional_properties = d
        return word_event

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
