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

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateAvatarRealtimeAudio")


@_attrs_define
class CreateAvatarRealtimeAudio:
    """Create a stream with a pre-existing audio asset.

    Attributes:
        type_ (Literal['audio']): Audio source type: pre-existing audio file.
        avatar_id (str): HeyGen photo avatar or motion avatar look ID.
        audio (AssetBase64 | AssetId | AssetUrl): Audio file input (URL, asset ID, or base64).
    """

    type_: Literal["audio"]
    avatar_id: str
    audio: AssetBase64 | AssetId | AssetUrl

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        type_ = self.type_

        avatar_id = self.avatar_id

        audio: dict[str, Any]
        if isinstance(self.audio, AssetUrl):
            audio = self.audio.to_dict()
        elif isinstance(self.audio, AssetId):
            audio = self.audio.to_dict()
        else:
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "avatar_id": avatar_id,
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        avatar_id = d.pop("avatar_id")

        def _parse_audio(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = AssetUrl.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_1 = AssetId.from_dict(data)

                return audio_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            audio_type_2 = AssetBase64.from_dict(data)

            return audio_type_2

        audio = _parse_audio(d.pop("audio"))

        create_avatar_realtime_audio = cls(
            type_=type_,
            avatar_id=avatar_id,
            audio=audio,
        )

        return create_avatar_realtime_audio
