from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="StudioColorBackgroundInput")


@_attrs_define
class StudioColorBackgroundInput:
    """Solid-color background for an ``avatar_video`` studio scene.

    Studio v1 supports solid-color backgrounds.

        Attributes:
            type_ (Literal['color']): Background type discriminator. Must be 'color'.
            color (str): Background color as a 6-digit hex string, e.g. '#1a2b3c'.
    """

    type_: Literal["color"]
    color: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "color": color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["color"], d.pop("type"))
        if type_ != "color":
            raise ValueError(f"type must match const 'color', got '{type_}'")

        color = d.pop("color")

        studio_color_background_input = cls(
            type_=type_,
            color=color,
        )

        return studio_color_background_input
