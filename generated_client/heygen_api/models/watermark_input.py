from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.watermark_placement import WatermarkPlacement


T = TypeVar("T", bound="WatermarkInput")


@_attrs_define
class WatermarkInput:
    """Watermark configuration for video creation.

    Attributes:
        image (AssetBase64 | AssetId | AssetUrl): Image asset to use as the watermark overlay (PNG or JPEG).
        scale (float | Unset): Scale multiplier for the watermark image. 1.0 renders at native size. Default: 1.0.
        opacity (float | Unset): Watermark opacity. 0.0 is fully transparent, 1.0 is fully opaque. Default: 1.0.
        placement (None | Unset | WatermarkPlacement): Watermark placement. Defaults to bottom-right with standard
            margins when omitted.
    """

    image: AssetBase64 | AssetId | AssetUrl
    scale: float | Unset = 1.0
    opacity: float | Unset = 1.0
    placement: None | Unset | WatermarkPlacement = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.watermark_placement import WatermarkPlacement  # noqa: PLC0415

        image: dict[str, Any]
        if isinstance(self.image, AssetUrl):
            image = self.image.to_dict()
        elif isinstance(self.image, AssetId):
            image = self.image.to_dict()
        else:
            image = self.image.to_dict()

        scale = self.scale

        opacity = self.opacity

        placement: dict[str, Any] | None | Unset
        if isinstance(self.placement, Unset):
            placement = UNSET
        elif isinstance(self.placement, WatermarkPlacement):
            placement = self.placement.to_dict()
        else:
            placement = self.placement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.watermark_placement import WatermarkPlacement  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_image(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = AssetUrl.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_1 = AssetId.from_dict(data)

                return image_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            image_type_2 = AssetBase64.from_dict(data)

            return image_type_2

        image = _parse_image(d.pop("image"))

        scale = d.pop("scale", UNSET)

        opacity = d.pop("opacity", UNSET)

        def _parse_placement(data: object) -> None | Unset | WatermarkPlacement:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                placement_type_0 = WatermarkPlacement.from_dict(data)

                return placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkPlacement, data)

        placement = _parse_placement(d.pop("placement", UNSET))

        watermark_input = cls(
            image=image,
            scale=scale,
            opacity=opacity,
            placement=placement,
        )

        return watermark_input
