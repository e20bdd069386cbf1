from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_translation_mode import VideoTranslationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateLipsyncRequest")


@_attrs_define
class CreateLipsyncRequest:
    """Request body for POST /v3/lipsyncs.

    Attributes:
        video (AssetId | AssetUrl): Source video — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id:
            '...'}
        audio (AssetId | AssetUrl): Replacement audio — provide as {type: 'url', url: '...'} or {type: 'asset_id',
            asset_id: '...'}
        title (None | str | Unset): Title for the lipsync job
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
        start_time (float | None | Unset): Start time in seconds for partial lipsync
        end_time (float | None | Unset): End time in seconds for partial lipsync
        fps_mode (None | str | Unset): Frame rate mode: 'vfr', 'cfr', or 'passthrough'.
        folder_id (None | str | Unset): Project/folder ID to organize lipsync into
    """

    video: AssetId | AssetUrl
    audio: AssetId | AssetUrl
    title: None | str | Unset = UNSET
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
    fps_mode: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, AssetUrl):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        audio: dict[str, Any]
        if isinstance(self.audio, AssetUrl):
            audio = self.audio.to_dict()
        else:
            audio = self.audio.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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
                "video": video,
                "audio": audio,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
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
        if fps_mode is not UNSET:
            field_dict["fps_mode"] = fps_mode
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

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

        def _parse_audio(data: object) -> AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = AssetUrl.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            audio_type_1 = AssetId.from_dict(data)

            return audio_type_1

        audio = _parse_audio(d.pop("audio"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        create_lipsync_request = cls(
            video=video,
            audio=audio,
            title=title,
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
            fps_mode=fps_mode,
            folder_id=folder_id,
        )

        return create_lipsync_request
