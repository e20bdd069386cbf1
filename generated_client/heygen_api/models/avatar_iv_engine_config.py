from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AvatarIVEngineConfig")


@_attrs_define
class AvatarIVEngineConfig:
    """Avatar IV engine configuration (default behavior).

    Attributes:
        type_ (Literal['avatar_iv']): Engine type discriminator. Must be 'avatar_iv'.
    """

    type_: Literal["avatar_iv"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["avatar_iv"], d.pop("type"))
        if type_ != "avatar_iv":
            raise ValueError(f"type must match const 'avatar_iv', got '{type_}'")

        avatar_iv_engine_config = cls(
            type_=type_,
        )

        return avatar_iv_engine_config
