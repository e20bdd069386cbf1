from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateModelAudioVoiceResponse")


@_attrs_define
class CreateModelAudioVoiceResponse:
    """Identifier returned after voice creation or retraining is accepted.

    Attributes:
        voice_id (str): Stable identifier to use when retrieving the voice and its training status.
    """

    voice_id: str

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voice_id": voice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        create_model_audio_voice_response = cls(
            voice_id=voice_id,
        )

        return create_model_audio_voice_response
