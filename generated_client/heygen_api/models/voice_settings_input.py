from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eleven_labs_engine_settings import ElevenLabsEngineSettings
    from ..models.fish_engine_settings import FishEngineSettings
    from ..models.starfish_engine_settings import StarfishEngineSettings


T = TypeVar("T", bound="VoiceSettingsInput")


@_attrs_define
class VoiceSettingsInput:
    """Voice tuning parameters for text-to-speech.

    Applies only when 'script' + 'voice_id' are provided — not when audio_url/audio_asset_id
    is used (uploaded audio bypasses TTS).

        Attributes:
            speed (float | Unset): Playback speed multiplier. 0.5 (half speed) to 1.5 (1.5x speed). Default: 1.0.
            pitch (float | Unset): Pitch adjustment in semitones. -50 to +50. Default: 0.0.
            volume (float | Unset): Voice audio volume. 1.0 = full, 0.0 = silent. Useful when mixing spoken voice with
                background audio. Default: 1.0.
            locale (None | str | Unset): Locale/accent hint for multi-lingual voices (e.g. 'en-US').
            engine_settings (ElevenLabsEngineSettings | FishEngineSettings | None | StarfishEngineSettings | Unset): Engine-
                specific voice tuning, discriminated by 'engine_type'. Use the variant matching the engine backing the chosen
                voice (e.g. engine_type='elevenlabs' for ElevenLabs-backed voices). The request is rejected if the voice_id is
                not compatible with the selected engine.
    """

    speed: float | Unset = 1.0
    pitch: float | Unset = 0.0
    volume: float | Unset = 1.0
    locale: None | str | Unset = UNSET
    engine_settings: (
        ElevenLabsEngineSettings
        | FishEngineSettings
        | None
        | StarfishEngineSettings
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eleven_labs_engine_settings import ElevenLabsEngineSettings  # noqa: PLC0415
        from ..models.fish_engine_settings import FishEngineSettings  # noqa: PLC0415
        from ..models.starfish_engine_settings import StarfishEngineSettings  # noqa: PLC0415

        speed = self.speed

        pitch = self.pitch

        volume = self.volume

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        engine_settings: dict[str, Any] | None | Unset
        if isinstance(self.engine_settings, Unset):
            engine_settings = UNSET
        elif isinstance(self.engine_settings, ElevenLabsEngineSettings):
            engine_settings = self.engine_settings.to_dict()
        elif isinstance(self.engine_settings, FishEngineSettings):
            engine_settings = self.engine_settings.to_dict()
        elif isinstance(self.engine_settings, StarfishEngineSettings):
            engine_settings = self.engine_settings.to_dict()
        else:
            engine_settings = self.engine_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speed is not UNSET:
            field_dict["speed"] = speed
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if volume is not UNSET:
            field_dict["volume"] = volume
        if locale is not UNSET:
            field_dict["locale"] = locale
        if engine_settings is not UNSET:
            field_dict["engine_settings"] = engine_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eleven_labs_engine_settings import ElevenLabsEngineSettings  # noqa: PLC0415
        from ..models.fish_engine_settings import FishEngineSettings  # noqa: PLC0415
        from ..models.starfish_engine_settings import StarfishEngineSettings  # noqa: PLC0415

        d = dict(src_dict)
        speed = d.pop("speed", UNSET)

        pitch = d.pop("pitch", UNSET)

        volume = d.pop("volume", UNSET)

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_engine_settings(
            data: object,
        ) -> (
            ElevenLabsEngineSettings
            | FishEngineSettings
            | None
            | StarfishEngineSettings
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_settings_type_0_type_0 = ElevenLabsEngineSettings.from_dict(data)

                return engine_settings_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_settings_type_0_type_1 = FishEngineSettings.from_dict(data)

                return engine_settings_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_settings_type_0_type_2 = StarfishEngineSettings.from_dict(data)

                return engine_settings_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ElevenLabsEngineSettings
                | FishEngineSettings
                | None
                | StarfishEngineSettings
                | Unset,
                data,
            )

        engine_settings = _parse_engine_settings(d.pop("engine_settings", UNSET))

        voice_settings_input = cls(
            speed=speed,
            pitch=pitch,
            volume=volume,
            locale=locale,
            engine_settings=engine_settings,
        )

        voice_settings_input.additional_properties = d
        return voice_settings_input

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
