from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssetId")


@_attrs_define
class AssetId:
    """Asset input via HeyGen asset ID from the asset upload endpoint.

    Attributes:
        type_ (Literal['asset_id']): Input type discriminator
        asset_id (str): HeyGen asset ID from the asset upload endpoint
    """

    type_: Literal["asset_id"]
    asset_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["asset_id"], d.pop("type"))
        if type_ != "asset_id":
            raise ValueError(f"type must match const 'asset_id', got '{type_}'")

        asset_id = d.pop("asset_id")

        asset_id = cls(
            type_=type_,
            asset_id=asset_id,
        )

        return asset_id
