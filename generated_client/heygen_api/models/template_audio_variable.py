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

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="TemplateAudioVariable")


@_attrs_define
class TemplateAudioVariable:
    """Replaces an audio placeholder in the template.

    Attributes:
        type_ (Literal['audio']): Variable type discriminator
        asset (AssetBase64 | AssetId | AssetUrl): Audio to place. Accepts url, asset_id, or base64 input.
    """

    type_: Literal["audio"]
    asset: AssetBase64 | AssetId | AssetUrl

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset": asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

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

        template_audio_variable = cls(
            type_=type_,
            asset=asset,
        )

        return template_audio_variable
