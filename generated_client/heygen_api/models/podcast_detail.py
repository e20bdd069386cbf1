from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.podcast_detail_status import PodcastDetailStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PodcastDetail")


@_attrs_define
class PodcastDetail:
    """Response payload for GET /v3/podcasts/{podcast_id} and list items.

    Attributes:
        podcast_id (str): Unique podcast identifier.
        status (PodcastDetailStatus): Current status: processing, completed, or failed.
        title (None | str | Unset): Generated podcast title. Present once the script is generated.
        video_url (None | str | Unset): URL to the finished podcast video. Present only when status is 'completed'.
        thumbnail_url (None | str | Unset): URL to the podcast thumbnail. Present only when status is 'completed'.
        duration (float | None | Unset): Video duration in seconds. Present only when status is 'completed'.
        failure_message (None | str | Unset): Error description. Present only when status is 'failed'.
        created_at (int | None | Unset): Unix timestamp (seconds) when the podcast was created.
    """

    podcast_id: str
    status: PodcastDetailStatus
    title: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        podcast_id = self.podcast_id

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "podcast_id": podcast_id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        podcast_id = d.pop("podcast_id")

        status = PodcastDetailStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        podcast_detail = cls(
            podcast_id=podcast_id,
            status=status,
            title=title,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            duration=duration,
            failure_message=failure_message,
            created_at=created_at,
        )

        podcast_detail.additional_properties = d
        return podcast_detail

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
