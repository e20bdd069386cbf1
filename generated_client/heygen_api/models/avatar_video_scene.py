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
    from ..models.studio_avatar_input import StudioAvatarInput


T = TypeVar("T", bound="AvatarVideoScene")


@_attrs_define
class AvatarVideoScene:
    """A whole-frame speaking scene backed by an avatar.

    Attributes:
        type_ (Literal['avatar_video']): Must be 'avatar_video' for an avatar speaking scene.
        input_ (StudioAvatarInput): Avatar-driven source for an ``avatar_video`` studio scene.

            Mirrors the standalone ``avatar`` creation mode (``CreateVideoFromAvatar``)
            minus the output settings, which are global on the studio request. An audio
            source is required: exactly one of (script + voice_id), audio_url, or
            audio_asset_id.
    """

    type_: Literal["avatar_video"]
    input_: StudioAvatarInput

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_avatar_input import StudioAvatarInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["avatar_video"], d.pop("type"))
        if type_ != "avatar_video":
            raise ValueError(f"type must match const 'avatar_video', got '{type_}'")

        input_ = StudioAvatarInput.from_dict(d.pop("input"))

        avatar_video_scene = cls(
            type_=type_,
            input_=input_,
        )

        return avatar_video_scene
