from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.speech_word_alignment import SpeechWordAlignment


T = TypeVar("T", bound="SpeechAlignmentEvent")


@_attrs_define
class SpeechAlignmentEvent:
    """
    Attributes:
        type_ (Literal['alignment']): Event type.
        word_alignments (list[SpeechWordAlignment]): Word-level timing information for the generated speech.
    """

    type_: Literal["alignment"]
    word_alignments: list[SpeechWordAlignment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        word_alignments = []
        for word_alignments_item_data in self.word_alignments:
            word_alignments_item = word_alignments_item_data.to_dict()
            word_alignments.append(word_alignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "word_alignments": word_alignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.speech_word_alignment import SpeechWordAlignment  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["alignment"], d.pop("type"))
        if type_ != "alignment":
            raise ValueError(f"type must match const 'alignment', got '{type_}'")

        word_alignments = []
        _word_alignments = d.pop("word_alignments")
        for word_alignments_item_data in _word_alignments:
            word_alignments_item = SpeechWordAlignment.from_dict(
                word_alignments_item_data
            )

            word_alignments.append(word_alignments_item)

        speech_alignment_event = cls(
            type_=type_,
            word_alignments=word_alignments,
        )

        speech_alignment_event.additional_properties = d
        return speech_alignment_event

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
