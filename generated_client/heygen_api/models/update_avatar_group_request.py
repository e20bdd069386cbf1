from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAvatarGroupRequest")


@_attrs_define
class UpdateAvatarGroupRequest:
    """Request body for PATCH /v3/avatars/{group_id}.

    Attributes:
        default_voice_id (None | str | Unset): Voice ID to set as the avatar's default voice, replacing the current one.
            The voice is also linked to the avatar group if it was not already. Accepts any voice available to your
            workspace, including imported voice clones. Only supported for avatars you own.
    """

    default_voice_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_voice_id: None | str | Unset
        if isinstance(self.default_voice_id, Unset):
            default_voice_id = UNSET
        else:
            default_voice_id = self.default_voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_voice_id is not UNSET:
            field_dict["default_voice_id"] = default_voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_voice_id = _parse_default_voice_id(d.pop("default_voice_id", UNSET))

        update_avatar_group_request = cls(
            default_voice_id=default_voice_id,
        )

        return update_avatar_group_request
