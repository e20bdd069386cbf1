from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_voice_item import AudioVoiceItem


T = TypeVar("T", bound="DesignVoiceResponseData")


@_attrs_define
class DesignVoiceResponseData:
    """Response payload for POST /v3/voices.

    Attributes:
        voices (list[AudioVoiceItem]): Matching voices for the given prompt, ordered by relevance.
        seed (int): The seed used for this request. Increment to get different voices.
    """

    voices: list[AudioVoiceItem]
    seed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voices": voices,
                "seed": seed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_voice_item import AudioVoiceItem  # noqa: PLC0415

        d = dict(src_dict)
        voices = []
        _voices = d.pop("voices")
        for voices_item_data in _voices:
            voices_item = AudioVoiceItem.from_dict(voices_item_data)

            voices.append(voices_item)

        seed = d.pop("seed")

        design_voice_response_data = cls(
            voices=voices,
            seed=seed,
        )

        design_voice_response_data.additional_properties = d
        return design_voice_response_data

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
