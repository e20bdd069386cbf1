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

from ..models.expressiveness import Expressiveness
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_iii_engine_config import AvatarIIIEngineConfig
    from ..models.avatar_iv_engine_config import AvatarIVEngineConfig
    from ..models.avatar_v_engine_config import AvatarVEngineConfig
    from ..models.studio_color_background_input import StudioColorBackgroundInput
    from ..models.voice_settings_input import VoiceSettingsInput


T = TypeVar("T", bound="StudioAvatarInput")


@_attrs_define
class StudioAvatarInput:
    """Avatar-driven source for an ``avatar_video`` studio scene.

    Mirrors the standalone ``avatar`` creation mode (``CreateVideoFromAvatar``)
    minus the output settings, which are global on the studio request. An audio
    source is required: exactly one of (script + voice_id), audio_url, or
    audio_asset_id.

        Attributes:
            type_ (Literal['avatar']): Must be 'avatar' for an avatar-driven scene source.
            avatar_id (str): HeyGen avatar ID (video avatar or photo avatar look ID).
            script (None | str | Unset): Text script for the avatar to speak. Pair with voice_id, or omit voice_id when
                using avatar_id to use the avatar's default voice. Mutually exclusive with audio_url/audio_asset_id.
            voice_id (None | str | Unset): Voice ID for text-to-speech. Required when script is provided, unless avatar_id
                is set (the avatar's default voice is used as fallback).
            audio_url (None | str | Unset): Public URL of an audio file to lip-sync. Mutually exclusive with script.
            audio_asset_id (None | str | Unset): HeyGen asset ID of an uploaded audio file. Mutually exclusive with script.
            voice_settings (None | Unset | VoiceSettingsInput): Voice tuning parameters (speed, pitch, locale).
            motion_prompt (None | str | Unset): Natural-language prompt controlling avatar body motion and hand gestures.
                Supported for photo avatars on either engine, and for video avatars when engine.type is 'avatar_v'. Rejected for
                video avatars on the default Avatar IV engine, and for photo avatars on 'avatar_v' when the avatar's group has
                no animation reference (no digital twin or curated reference look).
            expressiveness (Expressiveness | None | Unset): Avatar expressiveness level. Photo avatars only. Defaults to
                'low' when omitted. Avatar IV only; rejected when engine.type is 'avatar_v'.
            engine (AvatarIIIEngineConfig | AvatarIVEngineConfig | AvatarVEngineConfig | None | Unset): Engine configuration
                for video generation. Pass {"type": "avatar_v"} to enable cross-reference-driven animation for higher quality.
                Check supported_api_engines on the avatar look to confirm eligibility. Defaults to Avatar IV when omitted.
            background (None | StudioColorBackgroundInput | Unset): Optional scene background composited behind the avatar.
                Color-only in v1: pass {"type": "color", "color": "#RRGGBB"}. Other background types are not yet supported.
    """

    type_: Literal["avatar"]
    avatar_id: str
    script: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    audio_asset_id: None | str | Unset = UNSET
    voice_settings: None | Unset | VoiceSettingsInput = UNSET
    motion_prompt: None | str | Unset = UNSET
    expressiveness: Expressiveness | None | Unset = UNSET
    engine: (
        AvatarIIIEngineConfig
        | AvatarIVEngineConfig
        | AvatarVEngineConfig
        | None
        | Unset
    ) = UNSET
    background: None | StudioColorBackgroundInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_iii_engine_config import AvatarIIIEngineConfig  # noqa: PLC0415
        from ..models.avatar_iv_engine_config import AvatarIVEngineConfig  # noqa: PLC0415
        from ..models.avatar_v_engine_config import AvatarVEngineConfig  # noqa: PLC0415
        from ..models.studio_color_background_input import StudioColorBackgroundInput  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        type_ = self.type_

        avatar_id = self.avatar_id

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

        motion_prompt: None | str | Unset
        if isinstance(self.motion_prompt, Unset):
            motion_prompt = UNSET
        else:
            motion_prompt = self.motion_prompt

        expressiveness: None | str | Unset
        if isinstance(self.expressiveness, Unset):
            expressiveness = UNSET
        elif isinstance(self.expressiveness, Expressiveness):
            expressiveness = self.expressiveness.value
        else:
            expressiveness = self.expressiveness

        engine: dict[str, Any] | None | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, AvatarVEngineConfig):
            engine = self.engine.to_dict()
        elif isinstance(self.engine, AvatarIVEngineConfig):
            engine = self.engine.to_dict()
        elif isinstance(self.engine, AvatarIIIEngineConfig):
            engine = self.engine.to_dict()
        else:
            engine = self.engine

        background: dict[str, Any] | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, StudioColorBackgroundInput):
            background = self.background.to_dict()
        else:
            background = self.background

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "avatar_id": avatar_id,
            }
        )
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
        if motion_prompt is not UNSET:
            field_dict["motion_prompt"] = motion_prompt
        if expressiveness is not UNSET:
            field_dict["expressiveness"] = expressiveness
        if engine is not UNSET:
            field_dict["engine"] = engine
        if background is not UNSET:
            field_dict["background"] = background

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_iii_engine_config import AvatarIIIEngineConfig  # noqa: PLC0415
        from ..models.avatar_iv_engine_config import AvatarIVEngineConfig  # noqa: PLC0415
        from ..models.avatar_v_engine_config import AvatarVEngineConfig  # noqa: PLC0415
        from ..models.studio_color_background_input import StudioColorBackgroundInput  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["avatar"], d.pop("type"))
        if type_ != "avatar":
            raise ValueError(f"type must match const 'avatar', got '{type_}'")

        avatar_id = d.pop("avatar_id")

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

        def _parse_motion_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion_prompt = _parse_motion_prompt(d.pop("motion_prompt", UNSET))

        def _parse_expressiveness(data: object) -> Expressiveness | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expressiveness_type_0 = Expressiveness(data)

                return expressiveness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Expressiveness | None | Unset, data)

        expressiveness = _parse_expressiveness(d.pop("expressiveness", UNSET))

        def _parse_engine(
            data: object,
        ) -> (
            AvatarIIIEngineConfig
            | AvatarIVEngineConfig
            | AvatarVEngineConfig
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_type_0_type_0 = AvatarVEngineConfig.from_dict(data)

                return engine_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_type_0_type_1 = AvatarIVEngineConfig.from_dict(data)

                return engine_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_type_0_type_2 = AvatarIIIEngineConfig.from_dict(data)

                return engine_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AvatarIIIEngineConfig
                | AvatarIVEngineConfig
                | AvatarVEngineConfig
                | None
                | Unset,
                data,
            )

        engine = _parse_engine(d.pop("engine", UNSET))

        def _parse_background(
            data: object,
        ) -> None | StudioColorBackgroundInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0 = StudioColorBackgroundInput.from_dict(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudioColorBackgroundInput | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        studio_avatar_input = cls(
            type_=type_,
            avatar_id=avatar_id,
            script=script,
            voice_id=voice_id,
            audio_url=audio_url,
            audio_asset_id=audio_asset_id,
            voice_settings=voice_settings,
            motion_prompt=motion_prompt,
            expressiveness=expressiveness,
            engine=engine,
            background=background,
        )

        return studio_avatar_input
