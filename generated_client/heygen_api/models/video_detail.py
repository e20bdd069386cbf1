from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDetail")


@_attrs_define
class VideoDetail:
    """Video resource returned by list and detail endpoints.

    If ``output_language`` is present the video is a translated video;
    otherwise it is a generated video.

        Attributes:
            id (str): Unique video identifier
            status (VideoStatus):
            title (None | str | Unset): Video title
            created_at (int | None | Unset): Unix timestamp of creation
            completed_at (int | None | Unset): Unix timestamp when video generation finished
            video_url (None | str | Unset): Presigned URL to download the video file
            thumbnail_url (None | str | Unset): URL to video thumbnail image
            gif_url (None | str | Unset): URL to animated GIF preview
            captioned_video_url (None | str | Unset): Presigned URL to download the video file with captions burned in
            subtitle_url (None | str | Unset): Presigned URL to download the SRT subtitle file
            duration (float | None | Unset): Video duration in seconds
            folder_id (None | str | Unset): ID of containing folder
            output_language (None | str | Unset): BCP-47 output language code. Present only for translated videos.
            failure_code (None | str | Unset): Machine-readable failure reason. Only present when status is failed.
            failure_message (None | str | Unset): Human-readable failure description. Only present when status is failed.
            video_page_url (None | str | Unset): URL to the video page in the HeyGen app
    """

    id: str
    status: VideoStatus
    title: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    video_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    gif_url: None | str | Unset = UNSET
    captioned_video_url: None | str | Unset = UNSET
    subtitle_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    output_language: None | str | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    video_page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        gif_url: None | str | Unset
        if isinstance(self.gif_url, Unset):
            gif_url = UNSET
        else:
            gif_url = self.gif_url

        captioned_video_url: None | str | Unset
        if isinstance(self.captioned_video_url, Unset):
            captioned_video_url = UNSET
        else:
            captioned_video_url = self.captioned_video_url

        subtitle_url: None | str | Unset
        if isinstance(self.subtitle_url, Unset):
            subtitle_url = UNSET
        else:
            subtitle_url = self.subtitle_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        output_language: None | str | Unset
        if isinstance(self.output_language, Unset):
            output_language = UNSET
        else:
            output_language = self.output_language

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        video_page_url: None | str | Unset
        if isinstance(self.video_page_url, Unset):
            video_page_url = UNSET
        else:
            video_page_url = self.video_page_url

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if gif_url is not UNSET:
            field_dict["gif_url"] = gif_url
        if captioned_video_url is not UNSET:
            field_dict["captioned_video_url"] = captioned_video_url
        if subtitle_url is not UNSET:
            field_dict["subtitle_url"] = subtitle_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if video_page_url is not UNSET:
            field_dict["video_page_url"] = video_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = VideoStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_gif_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gif_url = _parse_gif_url(d.pop("gif_url", UNSET))

        def _parse_captioned_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        captioned_video_url = _parse_captioned_video_url(
            d.pop("captioned_video_url", UNSET)
        )

        def _parse_subtitle_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle_url = _parse_subtitle_url(d.pop("subtitle_url", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_output_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_language = _parse_output_language(d.pop("output_language", UNSET))

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failure_code", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_video_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_page_url = _parse_video_page_url(d.pop("video_page_url", UNSET))

        video_detail = cls(
            id=id,
            status=status,
            title=title,
            created_at=created_at,
            completed_at=completed_at,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            gif_url=gif_url,
            captioned_video_url=captioned_video_url,
            subtitle_url=subtitle_url,
            duration=duration,
            folder_id=folder_id,
            output_language=output_language,
            failure_code=failure_code,
            failure_message=failure_message,
            video_page_url=video_page_url,
        )

        video_detail.additional_properties = d
        return video_detail

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
