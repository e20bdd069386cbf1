from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_video_scene import AvatarVideoScene
    from ..models.caption_setting import CaptionSetting
    from ..models.image_scene import ImageScene
    from ..models.video_scene import VideoScene
    from ..models.watermark_input import WatermarkInput


T = TypeVar("T", bound="CreateVideoFromStudio")


@_attrs_define
class CreateVideoFromStudio:
    """Create a single video by composing an ordered list of whole-frame scenes.

    The server owns layout and center-crops each scene to the global output
    canvas. Output settings are global (one per request); a single video_id is
    returned and rendering is all-or-nothing. MP4 only in v1 — the output
    container is fixed and ``output_format`` is not exposed.

        Attributes:
            type_ (Literal['studio']): Must be 'studio' for scene-composition video creation.
            scenes (list[AvatarVideoScene | ImageScene | VideoScene]): Ordered list of whole-frame scenes to concatenate.
                Each scene is one of 'avatar_video', 'image', or 'video'. Must contain 1 to 50 scenes.
            title (None | str | Unset): Display title for the video in the HeyGen dashboard.
            folder_id (None | str | Unset): Destination folder ID in the caller's workspace. Omit, pass null, or pass an
                empty string to place the video at the workspace root. Supported only for single-video creation; batch video
                items cannot set their own destination folder.
            aspect_ratio (None | Unset | VideoAspectRatio): Global output aspect ratio. Supported values: '16:9', '9:16',
                '4:5', '5:4', '1:1', 'auto'. Defaults to '16:9'. Each scene is center-cropped to this canvas. Default:
                VideoAspectRatio.VALUE_0.
            resolution (None | Unset | VideoResolution): Global output video resolution.
            brand_glossary_id (None | str | Unset): Brand glossary ID controlling how custom terms are pronounced in
                generated speech (for example, saying 'HeyGen' as 'hey-jen'). Applies to every scene whose audio is synthesized
                from a script; scenes that supply their own audio URL or audio asset are unaffected. Pronunciation is applied to
                the synthesized audio only, so caption and subtitle text still show the original script wording. Discover IDs
                via GET /v3/brand-glossaries.
            callback_url (None | str | Unset): Webhook URL to receive a POST notification when the video is ready.
            callback_id (None | str | Unset): Caller-defined identifier echoed back in the webhook payload.
            caption (CaptionSetting | None | Unset): Caption generation settings. A sidecar subtitle file is always returned
                via subtitle_url; set 'style' to additionally burn captions into the rendered video.
            watermark (None | Unset | WatermarkInput): Custom watermark image to overlay on the video (PNG or JPEG).
                Available as a premium option for select Enterprise customers. To request access, please contact our support
                team.
    """

    type_: Literal["studio"]
    scenes: list[AvatarVideoScene | ImageScene | VideoScene]
    title: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    aspect_ratio: None | Unset | VideoAspectRatio = VideoAspectRatio.VALUE_0
    resolution: None | Unset | VideoResolution = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    caption: CaptionSetting | None | Unset = UNSET
    watermark: None | Unset | WatermarkInput = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_video_scene import AvatarVideoScene  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.image_scene import ImageScene  # noqa: PLC0415
        from ..models.watermark_input import WatermarkInput  # noqa: PLC0415

        type_ = self.type_

        scenes = []
        for scenes_item_data in self.scenes:
            scenes_item: dict[str, Any]
            if isinstance(scenes_item_data, AvatarVideoScene):
                scenes_item = scenes_item_data.to_dict()
            elif isinstance(scenes_item_data, ImageScene):
                scenes_item = scenes_item_data.to_dict()
            else:
                scenes_item = scenes_item_data.to_dict()

            scenes.append(scenes_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

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

        brand_glossary_id: None | str | Unset
        if isinstance(self.brand_glossary_id, Unset):
            brand_glossary_id = UNSET
        else:
            brand_glossary_id = self.brand_glossary_id

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

        caption: dict[str, Any] | None | Unset
        if isinstance(self.caption, Unset):
            caption = UNSET
        elif isinstance(self.caption, CaptionSetting):
            caption = self.caption.to_dict()
        else:
            caption = self.caption

        watermark: dict[str, Any] | None | Unset
        if isinstance(self.watermark, Unset):
            watermark = UNSET
        elif isinstance(self.watermark, WatermarkInput):
            watermark = self.watermark.to_dict()
        else:
            watermark = self.watermark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "scenes": scenes,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if caption is not UNSET:
            field_dict["caption"] = caption
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_video_scene import AvatarVideoScene  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.image_scene import ImageScene  # noqa: PLC0415
        from ..models.video_scene import VideoScene  # noqa: PLC0415
        from ..models.watermark_input import WatermarkInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["studio"], d.pop("type"))
        if type_ != "studio":
            raise ValueError(f"type must match const 'studio', got '{type_}'")

        scenes = []
        _scenes = d.pop("scenes")
        for scenes_item_data in _scenes:

            def _parse_scenes_item(
                data: object,
            ) -> AvatarVideoScene | ImageScene | VideoScene:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    scenes_item_type_0 = AvatarVideoScene.from_dict(data)

                    return scenes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    scenes_item_type_1 = ImageScene.from_dict(data)

                    return scenes_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                scenes_item_type_2 = VideoScene.from_dict(data)

                return scenes_item_type_2

            scenes_item = _parse_scenes_item(scenes_item_data)

            scenes.append(scenes_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

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

        def _parse_brand_glossary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_glossary_id = _parse_brand_glossary_id(d.pop("brand_glossary_id", UNSET))

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

        def _parse_caption(data: object) -> CaptionSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_type_0 = CaptionSetting.from_dict(data)

                return caption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionSetting | None | Unset, data)

        caption = _parse_caption(d.pop("caption", UNSET))

        def _parse_watermark(data: object) -> None | Unset | WatermarkInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_type_0 = WatermarkInput.from_dict(data)

                return watermark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInput, data)

        watermark = _parse_watermark(d.pop("watermark", UNSET))

        create_video_from_studio = cls(
            type_=type_,
            scenes=scenes,
            title=title,
            folder_id=folder_id,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            brand_glossary_id=brand_glossary_id,
            callback_url=callback_url,
            callback_id=callback_id,
            caption=caption,
            watermark=watermark,
        )

        return create_video_from_studio
