from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_status import ClipStatus
from ..models.output_aspect_ratio import OutputAspectRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="Clip")


@_attrs_define
class Clip:
    """A single produced clip. Returned inline inside AiClippingDetail.

    Attributes:
        id (str): Unique clip identifier.
        status (ClipStatus): Per-clip lifecycle. A job can produce N clips, each completing separately.
        duration_seconds (float | None | Unset): Final clip duration in seconds. Null until status=completed.
        aspect_ratio (None | OutputAspectRatio | Unset): Clip aspect ratio. Null until status=completed.
        title (None | str | Unset): Model-generated clip title.
        virality_score (int | None | Unset): Model-predicted virality score (0-100). Null until status=completed.
        thumbnail_url (None | str | Unset): Presigned thumbnail URL. Null until status=completed.
        video_url (None | str | Unset): Presigned MP4 download URL. Null until status=completed.
        failure_message (None | str | Unset): Per-clip failure description. Currently always null.
    """

    id: str
    status: ClipStatus
    duration_seconds: float | None | Unset = UNSET
    aspect_ratio: None | OutputAspectRatio | Unset = UNSET
    title: None | str | Unset = UNSET
    virality_score: int | None | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, OutputAspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        virality_score: int | None | Unset
        if isinstance(self.virality_score, Unset):
            virality_score = UNSET
        else:
            virality_score = self.virality_score

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

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
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if title is not UNSET:
            field_dict["title"] = title
        if virality_score is not UNSET:
            field_dict["virality_score"] = virality_score
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = ClipStatus(d.pop("status"))

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_aspect_ratio(data: object) -> None | OutputAspectRatio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = OutputAspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputAspectRatio | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_virality_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        virality_score = _parse_virality_score(d.pop("virality_score", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        clip = cls(
            id=id,
            status=status,
            duration_seconds=duration_seconds,
            aspect_ratio=aspect_ratio,
            title=title,
            virality_score=virality_score,
            thumbnail_url=thumbnail_url,
            video_url=video_url,
            failure_message=failure_message,
        )

        clip.additional_properties = d
        return clip

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
