from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssetBase64")


@_attrs_define
class AssetBase64:
    """Asset input via base64-encoded content.

    Attributes:
        type_ (Literal['base64']): Input type discriminator
        media_type (str): MIME type of the encoded content (e.g. "image/png")
        data (str): Base64-encoded file content
    """

    type_: Literal["base64"]
    media_type: str
    data: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_type = self.media_type

        data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "media_type": media_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["base64"], d.pop("type"))
        if type_ != "base64":
            raise ValueError(f"type must match const 'base64', got '{type_}'")

        media_type = d.pop("media_type")

        data = d.pop("data")

        asset_base_64 = cls(
            type_=type_,
            media_type=media_type,
            data=data,
        )

        return asset_base_64
