from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_from_template_v3_request_variables import (
        GenerateFromTemplateV3RequestVariables,
    )
    from ..models.template_subtitle_settings import TemplateSubtitleSettings
    from ..models.template_video_dimension import TemplateVideoDimension


T = TypeVar("T", bound="GenerateFromTemplateV3Request")


@_attrs_define
class GenerateFromTemplateV3Request:
    """Request body for POST /v3/templates/{template_id}.

    Attributes:
        variables (GenerateFromTemplateV3RequestVariables): Template variable replacements, keyed by the variable name
            defined in the template. Supply every text variable you want filled: an omitted text variable is not
            substituted, so its literal `{{variable_name}}` placeholder remains in the text it is bound to, whether that is
            a spoken script or an on-screen text element. Omitting an image, video, audio, character or voice variable is
            safe and keeps the value the template already holds. The defaults returned by `GET /v3/templates/{template_id}`
            are the template's current values, not fallbacks applied at generation time.
        title (None | str | Unset): Title for the generated video
        caption (bool | Unset): Whether to burn captions into the video Default: False.
        subtitles (None | TemplateSubtitleSettings | Unset): Subtitle style settings. Implies captions when provided.
        callback_id (None | str | Unset): Opaque ID echoed back in webhook events for this video
        callback_url (None | str | Unset): URL called with the video result in addition to registered webhook endpoints
        folder_id (None | str | Unset): Folder to place the generated video in
        brand_voice_id (None | str | Unset): Legacy field name for `brand_glossary_id`. Both are accepted and resolve to
            the same workspace record. Prefer `brand_glossary_id`.
        brand_glossary_id (None | str | Unset): Brand glossary controlling how custom terms are pronounced in generated
            speech. Discover IDs via GET /v3/brand-glossaries.
        dimension (None | TemplateVideoDimension | Unset): Output resolution override. Must match the template's aspect
            ratio.
        fps (float | Unset): Output frame rate. One of 25, 30, or 60. Default: 25.0.
        scene_ids (list[str] | None | Unset): Scene IDs to render, in order (repeats allowed). Scenes must already exist
            in the template; the API can select, reorder, and repeat scenes but cannot create new ones. Omit to render all
            scenes in template order.
        reorder_music (bool | Unset): When true (default), background audio tracks move with their scenes. When false,
            tracks stay pinned to layout positions. Default: True.
        keep_text_vertically_centered (bool | Unset): When true, replaced text elements are vertically re-centered based
            on their rendered height Default: False.
        include_gif (bool | Unset): Whether to include a GIF preview in the webhook payload Default: False.
        enable_sharing (bool | Unset): Whether the generated video's share page is publicly accessible Default: False.
    """

    variables: GenerateFromTemplateV3RequestVariables
    title: None | str | Unset = UNSET
    caption: bool | Unset = False
    subtitles: None | TemplateSubtitleSettings | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    brand_voice_id: None | str | Unset = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    dimension: None | TemplateVideoDimension | Unset = UNSET
    fps: float | Unset = 25.0
    scene_ids: list[str] | None | Unset = UNSET
    reorder_music: bool | Unset = True
    keep_text_vertically_centered: bool | Unset = False
    include_gif: bool | Unset = False
    enable_sharing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_subtitle_settings import TemplateSubtitleSettings  # noqa: PLC0415
        from ..models.template_video_dimension import TemplateVideoDimension  # noqa: PLC0415

        variables = self.variables.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        caption = self.caption

        subtitles: dict[str, Any] | None | Unset
        if isinstance(self.subtitles, Unset):
            subtitles = UNSET
        elif isinstance(self.subtitles, TemplateSubtitleSettings):
            subtitles = self.subtitles.to_dict()
        else:
            subtitles = self.subtitles

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

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

        dimension: dict[str, Any] | None | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        elif isinstance(self.dimension, TemplateVideoDimension):
            dimension = self.dimension.to_dict()
        else:
            dimension = self.dimension

        fps = self.fps

        scene_ids: list[str] | None | Unset
        if isinstance(self.scene_ids, Unset):
            scene_ids = UNSET
        elif isinstance(self.scene_ids, list):
            scene_ids = self.scene_ids

        else:
            scene_ids = self.scene_ids

        reorder_music = self.reorder_music

        keep_text_vertically_centered = self.keep_text_vertically_centered

        include_gif = self.include_gif

        enable_sharing = self.enable_sharing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variables": variables,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if caption is not UNSET:
            field_dict["caption"] = caption
        if subtitles is not UNSET:
            field_dict["subtitles"] = subtitles
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if brand_voice_id is not UNSET:
            field_dict["brand_voice_id"] = brand_voice_id
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if fps is not UNSET:
            field_dict["fps"] = fps
        if scene_ids is not UNSET:
            field_dict["scene_ids"] = scene_ids
        if reorder_music is not UNSET:
            field_dict["reorder_music"] = reorder_music
        if keep_text_vertically_centered is not UNSET:
            field_dict["keep_text_vertically_centered"] = keep_text_vertically_centered
        if include_gif is not UNSET:
            field_dict["include_gif"] = include_gif
        if enable_sharing is not UNSET:
            field_dict["enable_sharing"] = enable_sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_from_template_v3_request_variables import (
            GenerateFromTemplateV3RequestVariables,  # noqa: PLC0415
        )
        from ..models.template_subtitle_settings import TemplateSubtitleSettings  # noqa: PLC0415
        from ..models.template_video_dimension import TemplateVideoDimension  # noqa: PLC0415

        d = dict(src_dict)
        variables = GenerateFromTemplateV3RequestVariables.from_dict(d.pop("variables"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        caption = d.pop("caption", UNSET)

        def _parse_subtitles(data: object) -> None | TemplateSubtitleSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtitles_type_0 = TemplateSubtitleSettings.from_dict(data)

                return subtitles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateSubtitleSettings | Unset, data)

        subtitles = _parse_subtitles(d.pop("subtitles", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

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

        def _parse_dimension(data: object) -> None | TemplateVideoDimension | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimension_type_0 = TemplateVideoDimension.from_dict(data)

                return dimension_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateVideoDimension | Unset, data)

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        fps = d.pop("fps", UNSET)

        def _parse_scene_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scene_ids_type_0 = cast(list[str], data)

                return scene_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scene_ids = _parse_scene_ids(d.pop("scene_ids", UNSET))

        reorder_music = d.pop("reorder_music", UNSET)

        keep_text_vertically_centered = d.pop("keep_text_vertically_centered", UNSET)

        include_gif = d.pop("include_gif", UNSET)

        enable_sharing = d.pop("enable_sharing", UNSET)

        generate_from_template_v3_request = cls(
            variables=variables,
            title=title,
            caption=caption,
            subtitles=subtitles,
            callback_id=callback_id,
            callback_url=callback_url,
            folder_id=folder_id,
            brand_voice_id=brand_voice_id,
            brand_glossary_id=brand_glossary_id,
            dimension=dimension,
            fps=fps,
            scene_ids=scene_ids,
            reorder_music=reorder_music,
            keep_text_vertically_centered=keep_text_vertically_centered,
            include_gif=include_gif,
            enable_sharing=enable_sharing,
        )

        generate_from_template_v3_request.additional_properties = d
        return generate_from_template_v3_request

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
