from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemplateVideoDimension")


@_attrs_define
class TemplateVideoDimension:
    """Output resolution override. Must keep the template's aspect ratio.

    Attributes:
        width (int): Output video width in pixels (even number, 128-4096)
        height (int): Output video height in pixels (even number, 128-4096)
    """

    width: int
    height: int

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        width = d.pop("width")

        height = d.pop("height")

        template_video_dimension = cls(
            width=width,
            height=height,
        )

        return template_video_dimension
