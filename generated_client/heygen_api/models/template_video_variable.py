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

from ..models.template_video_variable_fit import TemplateVideoVariableFit
from ..models.template_video_variable_play_style import TemplateVideoVariablePlayStyle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="TemplateVideoVariable")


@_attrs_define
class TemplateVideoVariable:
    """Replaces a video placeholder in the template.

    Attributes:
        type_ (Literal['video']): Variable type discriminator
        asset (AssetBase64 | AssetId | AssetUrl): Video to place. Accepts url, asset_id, or base64 input.
        fit (TemplateVideoVariableFit | Unset): How the video fits the placeholder box Default:
            TemplateVideoVariableFit.CONTAIN.
        play_style (TemplateVideoVariablePlayStyle | Unset): Playback behavior when the video is shorter than the scene
            Default: TemplateVideoVariablePlayStyle.LOOP.
        volume (float | Unset): Audio volume of the video track, 0.0 (muted) to 1.0 Default: 1.0.
    """

    type_: Literal["video"]
    asset: AssetBase64 | AssetId | AssetUrl
    fit: TemplateVideoVariableFit | Unset = TemplateVideoVariableFit.CONTAIN
    play_style: TemplateVideoVariablePlayStyle | Unset = (
        TemplateVideoVariablePlayStyle.LOOP
    )
    volume: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        type_ = self.type_

        asset: dict[str, Any]
        if isinstance(self.asset, AssetUrl):
            asset = self.asset.to_dict()
        elif isinstance(self.asset, AssetId):
            asset = self.asset.to_dict()
        else:
            asset = self.asset.to_dict()

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit.value

        play_style: str | Unset = UNSET
        if not isinstance(self.play_style, Unset):
            play_style = self.play_style.value

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset": asset,
            }
        )
        if fit is not UNSET:
            field_dict["fit"] = fit
        if play_style is not UNSET:
            field_dict["play_style"] = play_style
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        def _parse_asset(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_type_0 = AssetUrl.from_dict(data)

                return asset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_type_1 = AssetId.from_dict(data)

                return asset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            asset_type_2 = AssetBase64.from_dict(data)

            return asset_type_2

        asset = _parse_asset(d.pop("asset"))

        _fit = d.pop("fit", UNSET)
        fit: TemplateVideoVariableFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = TemplateVideoVariableFit(_fit)

        _play_style = d.pop("play_style", UNSET)
        play_style: TemplateVideoVariablePlayStyle | Unset
        if isinstance(_play_style, Unset):
            play_style = UNSET
        else:
            play_style = TemplateVideoVariablePlayStyle(_play_style)

        volume = d.pop("volume", UNSET)

        template_video_variable = cls(
            type_=type_,
            asset=asset,
            fit=fit,
            play_style=play_style,
            volume=volume,
        )

        return template_video_variable
