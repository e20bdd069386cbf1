from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_caption import VideoCaption


T = TypeVar("T", bound="VideoContext")


@_attrs_define
class VideoContext:
    """Video-level facts needed to make sense of the scenes.

    Attributes:
        title (None | str | Unset): The video's current title. Editor saves update it.
        aspect_ratio (None | Unset | VideoAspectRatio): The video's aspect ratio.
        resolution (None | Unset | VideoResolution): The video's output resolution, in the same values a create request
            accepts. Absent when the video's size matches none of them, which is a size a create request could not have
            asked for and cannot reproduce.
        caption (None | Unset | VideoCaption): Caption configuration for the video.
        brand_glossary_id (None | str | Unset): Brand glossary applied to this video's speech.
    """

    title: None | str | Unset = UNSET
    aspect_ratio: None | Unset | VideoAspectRatio = UNSET
    resolution: None | Unset | VideoResolution = UNSET
    caption: None | Unset | VideoCaption = UNSET
    brand_glossary_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_caption import VideoCaption  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, VideoAspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, VideoResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        caption: dict[str, Any] | None | Unset
        if isinstance(self.caption, Unset):
            caption = UNSET
        elif isinstance(self.caption, VideoCaption):
            caption = self.caption.to_dict()
        else:
            caption = self.caption

        brand_glossary_id: None | str | Unset
        if isinstance(self.brand_glossary_id, Unset):
            brand_glossary_id = UNSET
        else:
            brand_glossary_id = self.brand_glossary_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if caption is not UNSET:
            field_dict["caption"] = caption
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_caption import VideoCaption  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_aspect_ratio(data: object) -> None | Unset | VideoAspectRatio:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = VideoAspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAspectRatio, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_resolution(data: object) -> None | Unset | VideoResolution:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = VideoResolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoResolution, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_caption(data: object) -> None | Unset | VideoCaption:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_type_0 = VideoCaption.from_dict(data)

                return caption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoCaption, data)

        caption = _parse_caption(d.pop("caption", UNSET))

        def _parse_brand_glossary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_glossary_id = _parse_brand_glossary_id(d.pop("brand_glossary_id", UNSET))

        video_context = cls(
            title=title,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            caption=caption,
            brand_glossary_id=brand_glossary_id,
        )

        return video_context
