from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="WatermarkPlacement")


@_attrs_define
class WatermarkPlacement:
    """Watermark placement configuration.

    Attributes:
        position (WatermarkPosition | Unset): Anchor corner for a custom watermark overlay.
        offset_x (float | None | Unset): Fine-tune horizontal position. Fraction of frame width; 0.05 shifts 5%
            rightward, -0.05 shifts 5% leftward.
        offset_y (float | None | Unset): Fine-tune vertical position. Fraction of frame height; 0.05 shifts 5% downward,
            -0.05 shifts 5% upward.
    """

    position: WatermarkPosition | Unset = UNSET
    offset_x: float | None | Unset = UNSET
    offset_y: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        offset_x: float | None | Unset
        if isinstance(self.offset_x, Unset):
            offset_x = UNSET
        else:
            offset_x = self.offset_x

        offset_y: float | None | Unset
        if isinstance(self.offset_y, Unset):
            offset_y = UNSET
        else:
            offset_y = self.offset_y

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if offset_x is not UNSET:
            field_dict["offset_x"] = offset_x
        if offset_y is not UNSET:
            field_dict["offset_y"] = offset_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: WatermarkPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WatermarkPosition(_position)

        def _parse_offset_x(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        offset_x = _parse_offset_x(d.pop("offset_x", UNSET))

        def _parse_offset_y(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        offset_y = _parse_offset_y(d.pop("offset_y", UNSET))

        watermark_placement = cls(
            position=position,
            offset_x=offset_x,
            offset_y=offset_y,
        )

        return watermark_placement
