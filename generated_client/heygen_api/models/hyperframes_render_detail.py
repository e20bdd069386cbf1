from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hyperframes_aspect_ratio import HyperframesAspectRatio
from ..models.hyperframes_render_detail_format import HyperframesRenderDetailFormat
from ..models.hyperframes_render_detail_quality_type_0 import (
    HyperframesRenderDetailQualityType0,
)
from ..models.hyperframes_render_status import HyperframesRenderStatus
from ..models.hyperframes_resolution import HyperframesResolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="HyperframesRenderDetail")


@_attrs_define
class HyperframesRenderDetail:
    """Detailed HyperFrames render resource.

    Attributes:
        render_id (str): Unique render identifier.
        status (HyperframesRenderStatus): Lifecycle status of a HyperFrames render.
        format_ (HyperframesRenderDetailFormat): Output container/codec.
        title (None | str | Unset): Caller-supplied free-text label.
        callback_id (None | str | Unset): Caller-supplied client tracking ID.
        video_url (None | str | Unset): Presigned download URL for the rendered video. Present only when status is
            'completed'.
        thumbnail_url (None | str | Unset): Presigned download URL for the auto-generated thumbnail.
        duration (float | None | Unset): Video duration in seconds; null until completed.
        fps (int | None | Unset): Frames per second the render was created at.
        quality (HyperframesRenderDetailQualityType0 | None | Unset): Render quality preset.
        resolution (HyperframesResolution | None | Unset): Resolution tier, if one was set.
        aspect_ratio (HyperframesAspectRatio | None | Unset): Aspect ratio, if one was set.
        composition (None | str | Unset): Composition entry file path.
        created_at (int | None | Unset): Unix timestamp when the render was created.
        completed_at (int | None | Unset): Unix timestamp when the render terminated. Null until status is 'completed'
            or 'failed'.
        failure_message (None | str | Unset): Error description. Present only when status is 'failed'.
    """

    render_id: str
    status: HyperframesRenderStatus
    format_: HyperframesRenderDetailFormat
    title: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    fps: int | None | Unset = UNSET
    quality: HyperframesRenderDetailQualityType0 | None | Unset = UNSET
    resolution: HyperframesResolution | None | Unset = UNSET
    aspect_ratio: HyperframesAspectRatio | None | Unset = UNSET
    composition: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        render_id = self.render_id

        status = self.status.value

        format_ = self.format_.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

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

        fps: int | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, HyperframesRenderDetailQualityType0):
            quality = self.quality.value
        else:
            quality = self.quality

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, HyperframesResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, HyperframesAspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        composition: None | str | Unset
        if isinstance(self.composition, Unset):
            composition = UNSET
        else:
            composition = self.composition

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

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "render_id": render_id,
                "status": status,
                "format": format_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if composition is not UNSET:
            field_dict["composition"] = composition
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        render_id = d.pop("render_id")

        status = HyperframesRenderStatus(d.pop("status"))

        format_ = HyperframesRenderDetailFormat(d.pop("format"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

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

        def _parse_fps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

        def _parse_quality(
            data: object,
        ) -> HyperframesRenderDetailQualityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = HyperframesRenderDetailQualityType0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HyperframesRenderDetailQualityType0 | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_resolution(data: object) -> HyperframesResolution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = HyperframesResolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HyperframesResolution | None | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_aspect_ratio(data: object) -> HyperframesAspectRatio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = HyperframesAspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HyperframesAspectRatio | None | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_composition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        composition = _parse_composition(d.pop("composition", UNSET))

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

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        hyperframes_render_detail = cls(
            render_id=render_id,
            status=status,
            format_=format_,
            title=title,
            callback_id=callback_id,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            duration=duration,
            fps=fps,
            quality=quality,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            composition=composition,
            created_at=created_at,
            completed_at=completed_at,
            failure_message=failure_message,
        )

        hyperframes_render_detail.additional_properties = d
        return hyperframes_render_detail

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
