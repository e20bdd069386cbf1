from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateAvatarRealtimeTextStream")


@_attrs_define
class CreateAvatarRealtimeTextStream:
    """Create a stream that accepts text deltas pushed over time via the ingest endpoint.

    Clients POST additional text deltas to /v3/avatar-realtime/{stream_id}/text as they
    become available (e.g. as an upstream LLM streams tokens). The session must be
    seeded with a non-empty initial `text` so the avatar has something to start
    speaking immediately — otherwise the emitter would idle out before any audio
    is produced.

        Attributes:
            type_ (Literal['text_stream']): Audio source type: streaming text-to-speech.
            avatar_id (str): HeyGen photo avatar or motion avatar look ID.
            voice_id (str): Voice ID for text-to-speech.
            text (str): Initial text seed for the avatar to start speaking. Further text is appended via the ingest
                endpoint.
    """

    type_: Literal["text_stream"]
    avatar_id: str
    voice_id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        avatar_id = self.avatar_id

        voice_id = self.voice_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "avatar_id": avatar_id,
                "voice_id": voice_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text_stream"], d.pop("type"))
        if type_ != "text_stream":
            raise ValueError(f"type must match const 'text_stream', got '{type_}'")

        avatar_id = d.pop("avatar_id")

        voice_id = d.pop("voice_id")

        text = d.pop("text")

        create_avatar_realtime_text_stream = cls(
            type_=type_,
            avatar_id=avatar_id,
            voice_id=voice_id,
            text=text,
        )

        return create_avatar_realtime_text_stream
