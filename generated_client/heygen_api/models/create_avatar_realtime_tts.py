from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateAvatarRealtimeTTS")


@_attrs_define
class CreateAvatarRealtimeTTS:
    """Create a stream with text-to-speech audio.

    Attributes:
        type_ (Literal['tts']): Audio source type: text-to-speech.
        avatar_id (str): HeyGen photo avatar or motion avatar look ID.
        text (str): Text script for the avatar to speak.
        voice_id (str): Voice ID for text-to-speech.
    """

    type_: Literal["tts"]
    avatar_id: str
    text: str
    voice_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        avatar_id = self.avatar_id

        text = self.text

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "avatar_id": avatar_id,
                "text": text,
                "voice_id": voice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tts"], d.pop("type"))
        if type_ != "tts":
            raise ValueError(f"type must match const 'tts', got '{type_}'")

        avatar_id = d.pop("avatar_id")

        text = d.pop("text")

        voice_id = d.pop("voice_id")

        create_avatar_realtime_tts = cls(
            type_=type_,
            avatar_id=avatar_id,
            text=text,
            voice_id=voice_id,
        )

        return create_avatar_realtime_tts
