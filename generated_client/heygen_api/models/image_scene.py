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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.voice_settings_input import VoiceSettingsInput


T = TypeVar("T", bound="ImageScene")


@_attrs_define
class ImageScene:
    """A whole-frame still-image scene: either silent (held for ``duration``) or narrated.

    Exactly one mode must be chosen:
    - silent: set ``duration`` (seconds) and no audio source.
    - narrated: set exactly one audio source (script + voice_id, audio_url, or
      audio_asset_id) and omit ``duration`` — the scene length follows the audio.

        Attributes:
            type_ (Literal['image']): Must be 'image' for a still-image scene.
            source (AssetBase64 | AssetId | AssetUrl): Still image to display. Accepts URL, asset ID, or base64-encoded
                data.
            duration (float | None | Unset): Silent mode: hold the still image for this many seconds. Mutually exclusive
                with any audio source. Must be > 0 and <= 300.
            script (None | str | Unset): Narrated mode: text to speak over the image. Pair with voice_id. Mutually exclusive
                with duration/audio_url/audio_asset_id.
            voice_id (None | str | Unset): Voice ID for text-to-speech. Required when script is provided.
            audio_url (None | str | Unset): Narrated mode: public URL of an audio file to play over the image. Mutually
                exclusive with duration/script.
            audio_asset_id (None | str | Unset): Narrated mode: HeyGen asset ID of an uploaded audio file. Mutually
                exclusive with duration/script.
            voice_settings (None | Unset | VoiceSettingsInput): Voice tuning parameters (speed, pitch, locale).
    """

    type_: Literal["image"]
    source: AssetBase64 | AssetId | AssetUrl
    duration: float | None | Unset = UNSET
    script: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    audio_asset_id: None | str | Unset = UNSET
    voice_settings: None | Unset | VoiceSettingsInput = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, AssetUrl):
            source = self.source.to_dict()
        elif isinstance(self.source, AssetId):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        audio_asset_id: None | str | Unset
        if isinstance(self.audio_asset_id, Unset):
            audio_asset_id = UNSET
        else:
            audio_asset_id = self.audio_asset_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettingsInput):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if script is not UNSET:
            field_dict["script"] = script
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_asset_id is not UNSET:
            field_dict["audio_asset_id"] = audio_asset_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_source(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = AssetUrl.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = AssetId.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = AssetBase64.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source"))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_audio_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_asset_id = _parse_audio_asset_id(d.pop("audio_asset_id", UNSET))

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettingsInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettingsInput.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettingsInput, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        image_scene = cls(
            type_=type_,
            source=source,
            duration=duration,
            script=script,
            voice_id=voice_id,
            audio_url=audio_url,
            audio_asset_id=audio_asset_id,
            voice_settings=voice_settings,
        )

        return image_scene
