from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AvatarIIIEngineConfig")


@_attrs_define
class AvatarIIIEngineConfig:
    """Avatar III engine configuration.

    A single engine value that resolves to the right product by the avatar's
    look type (mirrors how ``avatar_iv`` already serves both photo and video
    avatars):

    - video avatar looks (``digital_twin``, ``studio_avatar``) -> Digital Twin
      (supports 4K)
    - ``photo_avatar`` look -> Photo Avatar (no 4K output)

    Not supported for raw image input (``type: "image"``).
    ``motion_prompt`` and ``expressiveness`` are not supported with this engine.

        Attributes:
            type_ (Literal['avatar_iii']): Engine type discriminator. Must be 'avatar_iii'. Resolves to Digital Twin for
                video avatar looks (digital_twin, studio_avatar) and Photo Avatar for photo_avatar looks; not supported for raw
                image input. Check supported_api_engines on the avatar look to confirm eligibility.
    """

    type_: Literal["avatar_iii"]

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
        type_ = cast(Literal["avatar_iii"], d.pop("type"))
        if type_ != "avatar_iii":
            raise ValueError(f"type must match const 'avatar_iii', got '{type_}'")

        avatar_iii_engine_config = cls(
            type_=type_,
        )

        return avatar_iii_engine_config
