from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColorBackground")


@_attrs_define
class ColorBackground:
    """A solid colour filling the frame behind the scene's elements.

    Attributes:
        color (str): Hex colour, e.g. '#f6f6fc'.
        type_ (Literal['color'] | Unset): Background type discriminator. Default: 'color'.
    """

    color: str
    type_: Literal["color"] | Unset = "color"

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "color": color,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color")

        type_ = cast(Literal["color"] | Unset, d.pop("type", UNSET))
        if type_ != "color" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'color', got '{type_}'")

        color_background = cls(
            color=color,
            type_=type_,
        )

        return color_background
