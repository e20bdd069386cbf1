from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.caption_style_preset import CaptionStylePreset
from ..models.output_aspect_ratio import OutputAspectRatio
from ..models.output_duration import OutputDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="HighlightOutputSettings")


@_attrs_define
class HighlightOutputSettings:
    """Configuration for the clips the job will produce.

    Attributes:
        duration_types (list[OutputDuration] | Unset): One or more target clip durations to produce. Each produces a
            separate clip.
        aspect_ratio (OutputAspectRatio | Unset): Output aspect ratio for produced clips.
        captions (bool | Unset): Burn captions into the clips. Set false to disable. Default: True.
        caption_style (CaptionStylePreset | Unset): Available caption style presets.
        prompt (None | str | Unset): Optional editorial guidance for the highlight model. Max 500 characters.
    """

    duration_types: list[OutputDuration] | Unset = UNSET
    aspect_ratio: OutputAspectRatio | Unset = UNSET
    captions: bool | Unset = True
    caption_style: CaptionStylePreset | Unset = UNSET
    prompt: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duration_types: list[str] | Unset = UNSET
        if not isinstance(self.duration_types, Unset):
            duration_types = []
            for duration_types_item_data in self.duration_types:
                duration_types_item = duration_types_item_data.value
                duration_types.append(duration_types_item)

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        captions = self.captions

        caption_style: str | Unset = UNSET
        if not isinstance(self.caption_style, Unset):
            caption_style = self.caption_style.value

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if duration_types is not UNSET:
            field_dict["duration_types"] = duration_types
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if captions is not UNSET:
            field_dict["captions"] = captions
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _duration_types = d.pop("duration_types", UNSET)
        duration_types: list[OutputDuration] | Unset = UNSET
        if _duration_types is not UNSET:
            duration_types = []
            for duration_types_item_data in _duration_types:
                duration_types_item = OutputDuration(duration_types_item_data)

                duration_types.append(duration_types_item)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: OutputAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = OutputAspectRatio(_aspect_ratio)

        captions = d.pop("captions", UNSET)

        _caption_style = d.pop("caption_style", UNSET)
        caption_style: CaptionStylePreset | Unset
        if isinstance(_caption_style, Unset):
            caption_style = UNSET
        else:
            caption_style = CaptionStylePreset(_caption_style)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        highlight_output_settings = cls(
            duration_types=duration_types,
            aspect_ratio=aspect_ratio,
            captions=captions,
            caption_style=caption_style,
            prompt=prompt,
        )

        return highlight_output_settings
