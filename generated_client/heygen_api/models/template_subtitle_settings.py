from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_subtitle_position import TemplateSubtitlePosition


T = TypeVar("T", bound="TemplateSubtitleSettings")


@_attrs_define
class TemplateSubtitleSettings:
    """Output subtitle style settings (mirrors the /v3/videos subtitles input).

    Attributes:
        preset_name (str): Subtitle preset name, e.g. 'classic', 'bold', 'bright'
        alignment (int | None | Unset): Subtitle alignment Default: 2.
        disable_highlight (bool | None | Unset): Override the preset's word-highlight style Default: False.
        font_size (int | None | Unset): Font size override for the preset
        position (None | TemplateSubtitlePosition | Unset): Subtitle position override
    """

    preset_name: str
    alignment: int | None | Unset = 2
    disable_highlight: bool | None | Unset = False
    font_size: int | None | Unset = UNSET
    position: None | TemplateSubtitlePosition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_subtitle_position import TemplateSubtitlePosition  # noqa: PLC0415

        preset_name = self.preset_name

        alignment: int | None | Unset
        if isinstance(self.alignment, Unset):
            alignment = UNSET
        else:
            alignment = self.alignment

        disable_highlight: bool | None | Unset
        if isinstance(self.disable_highlight, Unset):
            disable_highlight = UNSET
        else:
            disable_highlight = self.disable_highlight

        font_size: int | None | Unset
        if isinstance(self.font_size, Unset):
            font_size = UNSET
        else:
            font_size = self.font_size

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TemplateSubtitlePosition):
            position = self.position.to_dict()
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preset_name": preset_name,
            }
        )
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if disable_highlight is not UNSET:
            field_dict["disable_highlight"] = disable_highlight
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_subtitle_position import TemplateSubtitlePosition  # noqa: PLC0415

        d = dict(src_dict)
        preset_name = d.pop("preset_name")

        def _parse_alignment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alignment = _parse_alignment(d.pop("alignment", UNSET))

        def _parse_disable_highlight(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_highlight = _parse_disable_highlight(d.pop("disable_highlight", UNSET))

        def _parse_font_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        font_size = _parse_font_size(d.pop("font_size", UNSET))

        def _parse_position(data: object) -> None | TemplateSubtitlePosition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = TemplateSubtitlePosition.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateSubtitlePosition | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        template_subtitle_settings = cls(
            preset_name=preset_name,
            alignment=alignment,
            disable_highlight=disable_highlight,
            font_size=font_size,
            position=position,
        )

        return template_subtitle_settings
