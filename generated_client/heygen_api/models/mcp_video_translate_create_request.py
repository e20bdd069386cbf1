from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.mcp_video_translate_create_request_mode import (
    MCPVideoTranslateCreateRequestMode,
)
from ..models.mcp_video_translate_create_request_srt_role_type_0 import (
    MCPVideoTranslateCreateRequestSrtRoleType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_voice_config import StockVoiceConfig


T = TypeVar("T", bound="MCPVideoTranslateCreateRequest")


@_attrs_define
class MCPVideoTranslateCreateRequest:
    """Request body for creating a video translation job via the MCP server.

    Attributes:
        video_url (str): URL of the source video to translate
        title (None | str | Unset): Title for the translation job
        output_language (None | str | Unset): Single target language code. Mutually exclusive with output_languages.
        output_languages (list[str] | None | Unset): Multiple target language codes for batch translation. Mutually
            exclusive with output_language.
        audio_url (None | str | Unset): Custom audio URL for audio dubbing
        input_language (None | str | Unset): Source language code (auto-detected if omitted)
        translate_audio_only (bool | Unset): Only translate audio, keep original video Default: False.
        speaker_num (int | None | Unset): Number of speakers (improves speaker separation)
        mode (MCPVideoTranslateCreateRequestMode | Unset): Translation quality mode: 'speed' (faster) or 'precision'
            (higher quality, uses avatar inference) Default: MCPVideoTranslateCreateRequestMode.SPEED.
        callback_url (None | str | Unset): Webhook URL for completion notifications
        callback_id (None | str | Unset): ID included in webhook payload
        enable_caption (bool | Unset): Deprecated and ignored: captions are always generated; whether to display them is
            a download-side choice. Default: False.
        keep_the_same_format (bool | None | Unset): Preserve the source video's encoding specs (resolution, bitrate).
            Defaults to True for enterprise/team/pro API users with audio_url.
        enable_dynamic_duration (bool | Unset): Allow dynamic duration adjustment Default: True.
        disable_music_track (bool | Unset): Remove background music Default: False.
        enable_speech_enhancement (bool | Unset): Enhance speech quality Default: False.
        enable_watermark (bool | Unset): Add watermark to output Default: False.
        start_time (float | None | Unset): Start time in seconds for partial translation
        end_time (float | None | Unset): End time in seconds for partial translation
        brand_voice_id (None | str | Unset): Brand glossary ID for custom term translations. The legacy field name for
            `brand_glossary_id` — both are accepted and resolve to the same workspace record. Discover IDs via GET
            /v3/brand-glossaries.
        brand_glossary_id (None | str | Unset): Brand glossary ID for custom term translations (e.g. translate
            'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy `brand_voice_id` field.
            Discover IDs via GET /v3/brand-glossaries.
        stock_voice_config (None | StockVoiceConfig | Unset): Use a preset stock voice for the translation instead of
            recreating the original speaker's voice. By default, Video Translation clones the original speaker so the result
            sounds like them; with this enabled, the translation is spoken by a natural preset voice optimized for clear
            pronunciation and accent in the target language (the result will not sound like the original speaker).
            Enterprise feature, available for selected accounts and languages by request — contact your HeyGen account team.
        srt_url (None | str | Unset): Custom subtitle file URL.
        srt_role (MCPVideoTranslateCreateRequestSrtRoleType0 | None | Unset): Which video the SRT applies to. Used with
            srt_url.
        fps_mode (None | str | Unset): Frame rate mode: 'vfr', 'cfr', or 'passthrough'. Only valid with audio_url.
        folder_id (None | str | Unset): Project/folder ID to organize translation into
    """

    video_url: str
    title: None | str | Unset = UNSET
    output_language: None | str | Unset = UNSET
    output_languages: list[str] | None | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    input_language: None | str | Unset = UNSET
    translate_audio_only: bool | Unset = False
    speaker_num: int | None | Unset = UNSET
    mode: MCPVideoTranslateCreateRequestMode | Unset = (
        MCPVideoTranslateCreateRequestMode.SPEED
    )
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    enable_caption: bool | Unset = False
    keep_the_same_format: bool | None | Unset = UNSET
    enable_dynamic_duration: bool | Unset = True
    disable_music_track: bool | Unset = False
    enable_speech_enhancement: bool | Unset = False
    enable_watermark: bool | Unset = False
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    brand_voice_id: None | str | Unset = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    stock_voice_config: None | StockVoiceConfig | Unset = UNSET
    srt_url: None | str | Unset = UNSET
    srt_role: MCPVideoTranslateCreateRequestSrtRoleType0 | None | Unset = UNSET
    fps_mode: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.stock_voice_config import StockVoiceConfig  # noqa: PLC0415

        video_url = self.video_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        output_language: None | str | Unset
        if isinstance(self.output_language, Unset):
            output_language = UNSET
        else:
            output_language = self.output_language

        output_languages: list[str] | None | Unset
        if isinstance(self.output_languages, Unset):
            output_languages = UNSET
        elif isinstance(self.output_languages, list):
            output_languages = self.output_languages

        else:
            output_languages = self.output_languages

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        input_language: None | str | Unset
        if isinstance(self.input_language, Unset):
            input_language = UNSET
        else:
            input_language = self.input_language

        translate_audio_only = self.translate_audio_only

        speaker_num: int | None | Unset
        if isinstance(self.speaker_num, Unset):
            speaker_num = UNSET
        else:
            speaker_num = self.speaker_num

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        enable_caption = self.enable_caption

        keep_the_same_format: bool | None | Unset
        if isinstance(self.keep_the_same_format, Unset):
            keep_the_same_format = UNSET
        else:
            keep_the_same_format = self.keep_the_same_format

        enable_dynamic_duration = self.enable_dynamic_duration

        disable_music_track = self.disable_music_track

        enable_speech_enhancement = self.enable_speech_enhancement

        enable_watermark = self.enable_watermark

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        brand_voice_id: None | str | Unset
        if isinstance(self.brand_voice_id, Unset):
            brand_voice_id = UNSET
        else:
            brand_voice_id = self.brand_voice_id

        brand_glossary_id: None | str | Unset
        if isinstance(self.brand_glossary_id, Unset):
            brand_glossary_id = UNSET
        else:
            brand_glossary_id = self.brand_glossary_id

        stock_voice_config: dict[str, Any] | None | Unset
        if isinstance(self.stock_voice_config, Unset):
            stock_voice_config = UNSET
        elif isinstance(self.stock_voice_config, StockVoiceConfig):
            stock_voice_config = self.stock_voice_config.to_dict()
        else:
            stock_voice_config = self.stock_voice_config

        srt_url: None | str | Unset
        if isinstance(self.srt_url, Unset):
            srt_url = UNSET
        else:
            srt_url = self.srt_url

        srt_role: None | str | Unset
        if isinstance(self.srt_role, Unset):
            srt_role = UNSET
        elif isinstance(self.srt_role, MCPVideoTranslateCreateRequestSrtRoleType0):
            srt_role = self.srt_role.value
        else:
            srt_role = self.srt_role

        fps_mode: None | str | Unset
        if isinstance(self.fps_mode, Unset):
            fps_mode = UNSET
        else:
            fps_mode = self.fps_mode

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if output_languages is not UNSET:
            field_dict["output_languages"] = output_languages
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if input_language is not UNSET:
            field_dict["input_language"] = input_language
        if translate_audio_only is not UNSET:
            field_dict["translate_audio_only"] = translate_audio_only
        if speaker_num is not UNSET:
            field_dict["speaker_num"] = speaker_num
        if mode is not UNSET:
            field_dict["mode"] = mode
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if enable_caption is not UNSET:
            field_dict["enable_caption"] = enable_caption
        if keep_the_same_format is not UNSET:
            field_dict["keep_the_same_format"] = keep_the_same_format
        if enable_dynamic_duration is not UNSET:
            field_dict["enable_dynamic_duration"] = enable_dynamic_duration
        if disable_music_track is not UNSET:
            field_dict["disable_music_track"] = disable_music_track
        if enable_speech_enhancement is not UNSET:
            field_dict["enable_speech_enhancement"] = enable_speech_enhancement
        if enable_watermark is not UNSET:
            field_dict["enable_watermark"] = enable_watermark
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if brand_voice_id is not UNSET:
            field_dict["brand_voice_id"] = brand_voice_id
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if stock_voice_config is not UNSET:
            field_dict["stock_voice_config"] = stock_voice_config
        if srt_url is not UNSET:
            field_dict["srt_url"] = srt_url
        if srt_role is not UNSET:
            field_dict["srt_role"] = srt_role
        if fps_mode is not UNSET:
            field_dict["fps_mode"] = fps_mode
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_voice_config import StockVoiceConfig  # noqa: PLC0415

        d = dict(src_dict)
        video_url = d.pop("video_url")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_output_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_language = _parse_output_language(d.pop("output_language", UNSET))

        def _parse_output_languages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_languages_type_0 = cast(list[str], data)

                return output_languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_languages = _parse_output_languages(d.pop("output_languages", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_language = _parse_input_language(d.pop("input_language", UNSET))

        translate_audio_only = d.pop("translate_audio_only", UNSET)

        def _parse_speaker_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        speaker_num = _parse_speaker_num(d.pop("speaker_num", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: MCPVideoTranslateCreateRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = MCPVideoTranslateCreateRequestMode(_mode)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        enable_caption = d.pop("enable_caption", UNSET)

        def _parse_keep_the_same_format(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_the_same_format = _parse_keep_the_same_format(
            d.pop("keep_the_same_format", UNSET)
        )

        enable_dynamic_duration = d.pop("enable_dynamic_duration", UNSET)

        disable_music_track = d.pop("disable_music_track", UNSET)

        enable_speech_enhancement = d.pop("enable_speech_enhancement", UNSET)

        enable_watermark = d.pop("enable_watermark", UNSET)

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_brand_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_voice_id = _parse_brand_voice_id(d.pop("brand_voice_id", UNSET))

        def _parse_brand_glossary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_glossary_id = _parse_brand_glossary_id(d.pop("brand_glossary_id", UNSET))

        def _parse_stock_voice_config(data: object) -> None | StockVoiceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stock_voice_config_type_0 = StockVoiceConfig.from_dict(data)

                return stock_voice_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockVoiceConfig | Unset, data)

        stock_voice_config = _parse_stock_voice_config(
            d.pop("stock_voice_config", UNSET)
        )

        def _parse_srt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        srt_url = _parse_srt_url(d.pop("srt_url", UNSET))

        def _parse_srt_role(
            data: object,
        ) -> MCPVideoTranslateCreateRequestSrtRoleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                srt_role_type_0 = MCPVideoTranslateCreateRequestSrtRoleType0(data)

                return srt_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPVideoTranslateCreateRequestSrtRoleType0 | None | Unset, data)

        srt_role = _parse_srt_role(d.pop("srt_role", UNSET))

        def _parse_fps_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fps_mode = _parse_fps_mode(d.pop("fps_mode", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        mcp_video_translate_create_request = cls(
            video_url=video_url,
            title=title,
            output_language=output_language,
            output_languages=output_languages,
            audio_url=audio_url,
            input_language=input_language,
            translate_audio_only=translate_audio_only,
            speaker_num=speaker_num,
            mode=mode,
            callback_url=callback_url,
            callback_id=callback_id,
            enable_caption=enable_caption,
            keep_the_same_format=keep_the_same_format,
            enable_dynamic_duration=enable_dynamic_duration,
            disable_music_track=disable_music_track,
            enable_speech_enhancement=enable_speech_enhancement,
            enable_watermark=enable_watermark,
            start_time=start_time,
            end_time=end_time,
            brand_voice_id=brand_voice_id,
            brand_glossary_id=brand_glossary_id,
            stock_voice_config=stock_voice_config,
            srt_url=srt_url,
            srt_role=srt_role,
            fps_mode=fps_mode,
            folder_id=folder_id,
        )

        return mcp_video_translate_create_request
