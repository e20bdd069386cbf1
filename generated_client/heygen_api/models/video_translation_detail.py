from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_translation_status import VideoTranslationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoTranslationDetail")


@_attrs_define
class VideoTranslationDetail:
    """Detailed video translation resource.

    Attributes:
        id (str): Unique video translation identifier
        status (VideoTranslationStatus):
        title (None | str | Unset): Title of the translation job
        output_language (None | str | Unset): Target language code
        input_language (None | str | Unset): Detected or specified source language code
        duration (float | None | Unset): Video duration in seconds
        translate_audio_only (bool | None | Unset): Whether only the audio was translated, keeping the original video
        video_url (None | str | Unset): Presigned download URL for the translated video. Only present when status is
            completed.
        audio_url (None | str | Unset): Presigned download URL for the translated audio. Only present when status is
            completed.
        srt_caption_url (None | str | Unset): Presigned download URL for the SRT caption file. Present when status is
            completed.
        vtt_caption_url (None | str | Unset): Presigned download URL for the VTT caption file. Present when status is
            completed.
        callback_id (None | str | Unset): Client-provided callback ID
        created_at (int | None | Unset): Unix timestamp when the translation was created
        failure_message (None | str | Unset): Error description. Only present when status is failed.
    """

    id: str
    status: VideoTranslationStatus
    title: None | str | Unset = UNSET
    output_language: None | str | Unset = UNSET
    input_language: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    translate_audio_only: bool | None | Unset = UNSET
    video_url: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    srt_caption_url: None | str | Unset = UNSET
    vtt_caption_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

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

        input_language: None | str | Unset
        if isinstance(self.input_language, Unset):
            input_language = UNSET
        else:
            input_language = self.input_language

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        translate_audio_only: bool | None | Unset
        if isinstance(self.translate_audio_only, Unset):
            translate_audio_only = UNSET
        else:
            translate_audio_only = self.translate_audio_only

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        srt_caption_url: None | str | Unset
        if isinstance(self.srt_caption_url, Unset):
            srt_caption_url = UNSET
        else:
            srt_caption_url = self.srt_caption_url

        vtt_caption_url: None | str | Unset
        if isinstance(self.vtt_caption_url, Unset):
            vtt_caption_url = UNSET
        else:
            vtt_caption_url = self.vtt_caption_url

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if input_language is not UNSET:
            field_dict["input_language"] = input_language
        if duration is not UNSET:
            field_dict["duration"] = duration
        if translate_audio_only is not UNSET:
            field_dict["translate_audio_only"] = translate_audio_only
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if srt_caption_url is not UNSET:
            field_dict["srt_caption_url"] = srt_caption_url
        if vtt_caption_url is not UNSET:
            field_dict["vtt_caption_url"] = vtt_caption_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = VideoTranslationStatus(d.pop("status"))

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

        def _parse_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_language = _parse_input_language(d.pop("input_language", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_translate_audio_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        translate_audio_only = _parse_translate_audio_only(
            d.pop("translate_audio_only", UNSET)
        )

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_srt_caption_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        srt_caption_url = _parse_srt_caption_url(d.pop("srt_caption_url", UNSET))

        def _parse_vtt_caption_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vtt_caption_url = _parse_vtt_caption_url(d.pop("vtt_caption_url", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        video_translation_detail = cls(
            id=id,
            status=status,
            title=title,
            output_language=output_language,
            input_language=input_language,
            duration=duration,
            translate_audio_only=translate_audio_only,
            video_url=video_url,
            audio_url=audio_url,
            srt_caption_url=srt_caption_url,
            vtt_caption_url=vtt_caption_url,
            callback_id=callback_id,
            created_at=created_at,
            failure_message=failure_message,
        )

        video_translation_detail.additional_properties = d
        return video_translation_detail

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
