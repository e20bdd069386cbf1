from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_video_translation_request_fps_mode_type_0 import (
    CreateVideoTranslationRequestFpsModeType0,
)
from ..models.create_video_translation_request_srt_role_type_0 import (
    CreateVideoTranslationRequestSrtRoleType0,
)
from ..models.video_translation_mode import VideoTranslationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.stock_voice_config import StockVoiceConfig


T = TypeVar("T", bound="CreateVideoTranslationRequest")


@_attrs_define
class CreateVideoTranslationRequest:
    """Request body for POST /v3/video-translations.

    Attributes:
        video (AssetId | AssetUrl): Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id:
            '...'}
        output_languages (list[str]): Target language names (e.g. 'Chinese (Cantonese, Traditional)', 'Spanish (Spain)',
            'English'). Use GET /v3/video-translations/languages for valid values. Use one for single translation, multiple
            for batch.
        title (None | str | Unset): Title for the translation job
        audio (AssetId | AssetUrl | None | Unset): Custom audio for dubbing — provide as {type: 'url', url: '...'} or
            {type: 'asset_id', asset_id: '...'}
        input_language (None | str | Unset): Source language code (auto-detected if omitted)
        translate_audio_only (bool | Unset): Only translate audio, keep original video Default: False.
        speaker_num (int | None | Unset): Number of speakers (improves speaker separation)
        mode (VideoTranslationMode | Unset):
        callback_url (None | str | Unset): Webhook URL for completion notifications
        callback_id (None | str | Unset): ID included in webhook payload
        enable_caption (bool | Unset): Deprecated and ignored: captions are always generated; whether to display them is
            a download-side choice. Default: False.
        keep_the_same_format (bool | None | Unset): Preserve the source video's encoding specs (resolution, bitrate).
        enable_dynamic_duration (bool | Unset): Allow dynamic duration adjustment Default: True.
        disable_music_track (bool | Unset): Remove background music Default: False.
        enable_speech_enhancement (bool | Unset): Enhance speech quality Default: False.
        enable_watermark (bool | Unset): Add watermark to output Default: False.
        start_time (float | None | Unset): Start time in seconds for partial translation
        end_time (float | None | Unset): End time in seconds for partial translation
        brand_voice_id (None | str | Unset): Brand glossary ID for custom term translations. Legacy field name for
            `brand_glossary_id` — both are accepted and resolve to the same workspace record. Discover IDs via GET
            /v3/brand-glossaries.
        brand_glossary_id (None | str | Unset): Brand glossary ID for custom term translations (e.g. translate
            'Reformer' as the Pilates equipment, not 'political activist'). Alias for the legacy `brand_voice_id` field.
            Discover IDs via GET /v3/brand-glossaries.
        stock_voice_config (None | StockVoiceConfig | Unset): Use a preset stock voice for the translation instead of
            recreating the original speaker's voice. By default, Video Translation clones the original speaker so the result
            sounds like them; with this enabled, the translation is spoken by a natural preset voice optimized for clear
            pronunciation and accent in the target language (the result will not sound like the original speaker).
            Enterprise feature, available for selected accounts and languages by request — contact your HeyGen account team.
        srt (AssetId | AssetUrl | None | Unset): Custom subtitle file — provide as {type: 'url', url: '...'} or {type:
            'asset_id', asset_id: '...'}.
        srt_role (CreateVideoTranslationRequestSrtRoleType0 | None | Unset): Which video the subtitle applies to:
            'input' (source) or 'output' (translated).
        fps_mode (CreateVideoTranslationRequestFpsModeType0 | None | Unset): Frame rate mode for the output video. 'vfr'
            = variable frame rate, 'cfr' = constant frame rate, 'passthrough' = match the source. Only takes effect when a
            custom 'audio' track is provided.
        folder_id (None | str | Unset): Project/folder ID to organize translation into
    """

    video: AssetId | AssetUrl
    output_languages: list[str]
    title: None | str | Unset = UNSET
    audio: AssetId | AssetUrl | None | Unset = UNSET
    input_language: None | str | Unset = UNSET
    translate_audio_only: bool | Unset = False
    speaker_num: int | None | Unset = UNSET
    mode: VideoTranslationMode | Unset = UNSET
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
    srt: AssetId | AssetUrl | None | Unset = UNSET
    srt_role: CreateVideoTranslationRequestSrtRoleType0 | None | Unset = UNSET
    fps_mode: CreateVideoTranslationRequestFpsModeType0 | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.stock_voice_config import StockVoiceConfig  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, AssetUrl):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        output_languages = self.output_languages

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, AssetUrl):
            audio = self.audio.to_dict()
        elif isinstance(self.audio, AssetId):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

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

        srt: dict[str, Any] | None | Unset
        if isinstance(self.srt, Unset):
            srt = UNSET
        elif isinstance(self.srt, AssetUrl):
            srt = self.srt.to_dict()
        elif isinstance(self.srt, AssetId):
            srt = self.srt.to_dict()
        else:
            srt = self.srt

        srt_role: None | str | Unset
        if isinstance(self.srt_role, Unset):
            srt_role = UNSET
        elif isinstance(self.srt_role, CreateVideoTranslationRequestSrtRoleType0):
            srt_role = self.srt_role.value
        else:
            srt_role = self.srt_role

        fps_mode: None | str | Unset
        if isinstance(self.fps_mode, Unset):
            fps_mode = UNSET
        elif isinstance(self.fps_mode, CreateVideoTranslationRequestFpsModeType0):
            fps_mode = self.fps_mode.value
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
                "video": video,
                "output_languages": output_languages,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if audio is not UNSET:
            field_dict["audio"] = audio
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
        if srt is not UNSET:
            field_dict["srt"] = srt
        if srt_role is not UNSET:
            field_dict["srt_role"] = srt_role
        if fps_mode is not UNSET:
            field_dict["fps_mode"] = fps_mode
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.stock_voice_config import StockVoiceConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = AssetUrl.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_type_1 = AssetId.from_dict(data)

            return video_type_1

        video = _parse_video(d.pop("video"))

        output_languages = cast(list[str], d.pop("output_languages"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_audio(data: object) -> AssetId | AssetUrl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0_type_0 = AssetUrl.from_dict(data)

                return audio_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0_type_1 = AssetId.from_dict(data)

                return audio_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetId | AssetUrl | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

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
        mode: VideoTranslationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = VideoTranslationMode(_mode)

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

        def _parse_srt(data: object) -> AssetId | AssetUrl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                srt_type_0_type_0 = AssetUrl.from_dict(data)

                return srt_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                srt_type_0_type_1 = AssetId.from_dict(data)

                return srt_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetId | AssetUrl | None | Unset, data)

        srt = _parse_srt(d.pop("srt", UNSET))

        def _parse_srt_role(
            data: object,
        ) -> CreateVideoTranslationRequestSrtRoleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                srt_role_type_0 = CreateVideoTranslationRequestSrtRoleType0(data)

                return srt_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVideoTranslationRequestSrtRoleType0 | None | Unset, data)

        srt_role = _parse_srt_role(d.pop("srt_role", UNSET))

        def _parse_fps_mode(
            data: object,
        ) -> CreateVideoTranslationRequestFpsModeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fps_mode_type_0 = CreateVideoTranslationRequestFpsModeType0(data)

                return fps_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVideoTranslationRequestFpsModeType0 | None | Unset, data)

        fps_mode = _parse_fps_mode(d.pop("fps_mode", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        create_video_translation_request = cls(
            video=video,
            output_languages=output_languages,
            title=title,
            audio=audio,
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
            srt=srt,
            srt_role=srt_role,
            fps_mode=fps_mode,
            folder_id=folder_id,
        )

        return create_video_translation_request
