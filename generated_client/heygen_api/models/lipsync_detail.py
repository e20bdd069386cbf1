from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_translation_status import VideoTranslationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LipsyncDetail")


@_attrs_define
class LipsyncDetail:
    """Detailed lipsync resource.

    Attributes:
        id (str): Unique lipsync identifier
        status (VideoTranslationStatus):
        title (None | str | Unset): Title of the lipsync job
        duration (float | None | Unset): Video duration in seconds
        video_url (None | str | Unset): Presigned download URL for the output video. Only present when status is
            completed.
        caption_url (None | str | Unset): Presigned download URL for the SRT caption file. Only present when completed.
        callback_id (None | str | Unset): Client-provided callback ID
        created_at (int | None | Unset): Unix timestamp when the lipsync was created
        failure_message (None | str | Unset): Error description. Only present when status is failed.
    """

    id: str
    status: VideoTranslationStatus
    title: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    video_url: None | str | Unset = UNSET
    caption_url: None | str | Unset = UNSET
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

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        caption_url: None | str | Unset
        if isinstance(self.caption_url, Unset):
            caption_url = UNSET
        else:
            caption_url = self.caption_url

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if caption_url is not UNSET:
            field_dict["caption_url"] = caption_url
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

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_caption_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caption_url = _parse_caption_url(d.pop("caption_url", UNSET))

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

        lipsync_detail = cls(
            id=id,
            status=status,
            title=title,
            duration=duration,
            video_url=video_url,
            caption_url=caption_url,
            callback_id=callback_id,
            created_at=created_at,
            failure_message=failure_message,
        )

        lipsync_detail.additional_properties = d
        return lipsync_detail

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
