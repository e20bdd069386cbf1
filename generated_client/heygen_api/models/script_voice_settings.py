from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eleven_labs_engine_settings import ElevenLabsEngineSettings
    from ..models.fish_engine_settings import FishEngineSettings
    from ..models.starfish_engine_settings import StarfishEngineSettings


T = TypeVar("T", bound="ScriptVoiceSettings")


@_attrs_define
class ScriptVoiceSettings:
    """The voice tuning applied to this script.

    A value here can fall outside the range the create API accepts, so validating it against a
    create request's schema will reject videos it should accept.

        Attributes:
            speed (float | None | Unset): Playback speed multiplier.
            pitch (float | None | Unset): Pitch adjustment in semitones.
            volume (float | None | Unset): Voice audio volume. 1.0 = full, 0.0 = silent.
            locale (None | str | Unset): Locale/accent hint for multi-lingual voices (e.g. 'en-US').
            engine_settings (ElevenLabsEngineSettings | FishEngineSettings | None | StarfishEngineSettings | Unset): Engine-
                specific voice tuning, discriminated by 'engine_type'. Present only when the video pins an engine this API
                exposes; absent when the engine is left for the server to pick.
    """

    speed: float | None | Unset = UNSET
    pitch: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    engine_settings: (
        ElevenLabsEngineSettings
        | FishEngineSettings
        | None
        | StarfishEngineSettings
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.eleven_labs_engine_settings import ElevenLabsEngineSettings  # noqa: PLC0415
        from ..models.fish_engine_settings import FishEngineSettings  # noqa: PLC0415
        from ..models.starfish_engine_settings import StarfishEngineSettings  # noqa: PLC0415

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        pitch: float | None | Unset
        if isinstance(self.pitch, Unset):
            pitch = UNSET
        else:
            pitch = self.pitch

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
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

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_pitch(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pitch = _parse_pitch(d.pop("pitch", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

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

        script_voice_settings = cls(
            speed=speed,
            pitch=pitch,
            volume=volume,
            locale=locale,
            engine_settings=engine_settings,
        )

        return script_voice_settings
