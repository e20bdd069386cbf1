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

from ..models.template_image_variable_fit import TemplateImageVariableFit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="TemplateImageVariable")


@_attrs_define
class TemplateImageVariable:
    """Replaces an image placeholder in the template.

    Attributes:
        type_ (Literal['image']): Variable type discriminator
        asset (AssetBase64 | AssetId | AssetUrl): Image to place. Accepts url, asset_id, or base64 input.
        fit (TemplateImageVariableFit | Unset): How the image fits the placeholder box Default:
            TemplateImageVariableFit.CONTAIN.
    """

    type_: Literal["image"]
    asset: AssetBase64 | AssetId | AssetUrl
    fit: TemplateImageVariableFit | Unset = TemplateImageVariableFit.CONTAIN

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset": asset,
            }
        )
        if fit is not UNSET:
            field_dict["fit"] = fit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

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
        fit: TemplateImageVariableFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = TemplateImageVariableFit(_fit)

        template_image_variable = cls(
            type_=type_,
            asset=asset,
            fit=fit,
        )

        return template_image_variable
