from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_translation_mode import VideoTranslationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateProofreadRequest")


@_attrs_define
class CreateProofreadRequest:
    """Request body for POST /v3/video-translations/proofreads.

    Attributes:
        video (AssetId | AssetUrl): Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id:
            '...'}
        output_languages (list[str]): Target language codes. Use one for single proofread, multiple for batch.
        title (str): Title for the proofread job
        brand_voice_id (None | str | Unset): Brand glossary ID for custom term translations. Legacy field name for
            `brand_glossary_id` — both are accepted and resolve to the same workspace record. Discover IDs via GET
            /v3/brand-glossaries.
        brand_glossary_id (None | str | Unset): Brand glossary ID for custom term translations (e.g. translate
            'Reformer' as 'Pilates equipment', not 'political activist'). Alias for the legacy `brand_voice_id` field.
            Discover IDs via GET /v3/brand-glossaries.
        speaker_num (int | None | Unset): Number of speakers (improves speaker separation)
        folder_id (None | str | Unset): Project/folder ID to organize proofread into
        enable_video_stretching (bool | Unset): Allow dynamic duration adjustment Default: False.
        disable_music_track (bool | Unset): Remove background music Default: False.
        enable_speech_enhancement (bool | Unset): Enhance speech quality Default: False.
        srt (AssetId | AssetUrl | None | Unset): Initial SRT file — provide as {type: 'url', url: '...'} or {type:
            'asset_id', asset_id: '...'}
        mode (VideoTranslationMode | Unset):
        keep_the_same_format (bool | Unset): Preserve the source video's encoding specs (resolution, bitrate) Default:
            False.
    """

    video: AssetId | AssetUrl
    output_languages: list[str]
    title: str
    brand_voice_id: None | str | Unset = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    speaker_num: int | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    enable_video_stretching: bool | Unset = False
    disable_music_track: bool | Unset = False
    enable_speech_enhancement: bool | Unset = False
    srt: AssetId | AssetUrl | None | Unset = UNSET
    mode: VideoTranslationMode | Unset = UNSET
    keep_the_same_format: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, AssetUrl):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        output_languages = self.output_languages

        title = self.title

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

        speaker_num: int | None | Unset
        if isinstance(self.speaker_num, Unset):
            speaker_num = UNSET
        else:
            speaker_num = self.speaker_num

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        enable_video_stretching = self.enable_video_stretching

        disable_music_track = self.disable_music_track

        enable_speech_enhancement = self.enable_speech_enhancement

        srt: dict[str, Any] | None | Unset
        if isinstance(self.srt, Unset):
            srt = UNSET
        elif isinstance(self.srt, AssetUrl):
            srt = self.srt.to_dict()
        elif isinstance(self.srt, AssetId):
            srt = self.srt.to_dict()
        else:
            srt = self.srt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        keep_the_same_format = self.keep_the_same_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video": video,
                "output_languages": output_languages,
                "title": title,
            }
        )
        if brand_voice_id is not UNSET:
            field_dict["brand_voice_id"] = brand_voice_id
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if speaker_num is not UNSET:
            field_dict["speaker_num"] = speaker_num
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if enable_video_stretching is not UNSET:
            field_dict["enable_video_stretching"] = enable_video_stretching
        if disable_music_track is not UNSET:
            field_dict["disable_music_track"] = disable_music_track
        if enable_speech_enhancement is not UNSET:
            field_dict["enable_speech_enhancement"] = enable_speech_enhancement
        if srt is not UNSET:
            field_dict["srt"] = srt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if keep_the_same_format is not UNSET:
            field_dict["keep_the_same_format"] = keep_the_same_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

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

        title = d.pop("title")

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

        def _parse_speaker_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        speaker_num = _parse_speaker_num(d.pop("speaker_num", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        enable_video_stretching = d.pop("enable_video_stretching", UNSET)

        disable_music_track = d.pop("disable_music_track", UNSET)

        enable_speech_enhancement = d.pop("enable_speech_enhancement", UNSET)

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

        _mode = d.pop("mode", UNSET)
        mode: VideoTranslationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = VideoTranslationMode(_mode)

        keep_the_same_format = d.pop("keep_the_same_format", UNSET)

        create_proofread_request = cls(
            video=video,
            output_languages=output_languages,
            title=title,
            brand_voice_id=brand_voice_id,
            brand_glossary_id=brand_glossary_id,
            speaker_num=speaker_num,
            folder_id=folder_id,
            enable_video_stretching=enable_video_stretching,
            disable_music_track=disable_music_track,
            enable_speech_enhancement=enable_speech_enhancement,
            srt=srt,
            mode=mode,
            keep_the_same_format=keep_the_same_format,
        )

        return create_proofread_request
