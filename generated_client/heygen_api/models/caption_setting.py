from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_file_format import CaptionFileFormat
from ..models.caption_style import CaptionStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaptionSetting")


@_attrs_define
class CaptionSetting:
    """Caption generation settings for video creation.

    A sidecar subtitle file is always generated and returned via ``subtitle_url``
    in the chosen ``file_format``. When ``style`` is also set, captions are
    additionally burned into the rendered video — the sidecar is still delivered.

        Attributes:
            file_format (CaptionFileFormat | Unset): Supported caption file output formats.
            style (CaptionStyle | None | Unset): Visual style for burning captions into the rendered video. Omit for
                sidecar-only captions.
    """

    file_format: CaptionFileFormat | Unset = UNSET
    style: CaptionStyle | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format.value

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, CaptionStyle):
            style = self.style.value
        else:
            style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_format = d.pop("file_format", UNSET)
        file_format: CaptionFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = CaptionFileFormat(_file_format)

        def _parse_style(data: object) -> CaptionStyle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_0 = CaptionStyle(data)

                return style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionStyle | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        caption_setting = cls(
            file_format=file_format,
            style=style,
        )

        caption_setting.additional_properties = d
        return caption_setting

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
