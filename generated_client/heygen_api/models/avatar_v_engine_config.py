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

T = TypeVar("T", bound="AvatarVEngineConfig")


@_attrs_define
class AvatarVEngineConfig:
    """Avatar V engine configuration with cross-reference-driven animation.

    Attributes:
        type_ (Literal['avatar_v']): Engine type discriminator. Must be 'avatar_v'. Check supported_api_engines on the
            avatar look to confirm eligibility.
        reference_look_id (None | str | Unset): Optional look to use as the animation reference. When provided, it must
            be a `digital_twin` look accessible to your workspace and in the same avatar group as `avatar_id`
            (`studio_avatar` and `photo_avatar` looks are rejected). When omitted, video avatars self-reference and photo
            avatars select from their group's eligible candidates, preferring digital twins (ready first, then processing /
            upgrading), then curated public studio looks. A photo avatar whose group has no eligible reference renders
            directly from its image without one; motion_prompt is rejected in that case. A non-public `digital_twin`
            reference, whether provided or selected automatically, must also satisfy its group's consent requirements.
    """

    type_: Literal["avatar_v"]
    reference_look_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reference_look_id: None | str | Unset
        if isinstance(self.reference_look_id, Unset):
            reference_look_id = UNSET
        else:
            reference_look_id = self.reference_look_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if reference_look_id is not UNSET:
            field_dict["reference_look_id"] = reference_look_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["avatar_v"], d.pop("type"))
        if type_ != "avatar_v":
            raise ValueError(f"type must match const 'avatar_v', got '{type_}'")

        def _parse_reference_look_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_look_id = _parse_reference_look_id(d.pop("reference_look_id", UNSET))

        avatar_v_engine_config = cls(
            type_=type_,
            reference_look_id=reference_look_id,
        )

        return avatar_v_engine_config
