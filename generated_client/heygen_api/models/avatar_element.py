from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.avatar_engine_tier import AvatarEngineTier
from ..models.expressiveness import Expressiveness
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarElement")


@_attrs_define
class AvatarElement:
    """An avatar performing the scene's speech.

    Carries what a v3 create request can set per avatar, so what is read back here is what can be
    sent back. Fields are added as callers need them, and a new one is not a breaking change.

    Output resolution is a whole-video setting, reported on the video rather than per avatar.

        Attributes:
            id (str): Opaque identifier of this element within the video. Not to be parsed, sorted, or assumed to encode
                anything. Stable across edits and across regeneration of the video.
            avatar_id (str): The avatar look performing this scene.
            type_ (Literal['avatar'] | Unset): Element type discriminator. Default: 'avatar'.
            engine (AvatarEngineTier | None | Unset): Generation engine for this avatar. Absent when the video does not
                record one and none can be determined.
            expressiveness (Expressiveness | None | Unset): Expressiveness level. Absent when left at the default.
            motion_prompt (None | str | Unset): Motion description authored for this avatar.
    """

    id: str
    avatar_id: str
    type_: Literal["avatar"] | Unset = "avatar"
    engine: AvatarEngineTier | None | Unset = UNSET
    expressiveness: Expressiveness | None | Unset = UNSET
    motion_prompt: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        avatar_id = self.avatar_id

        type_ = self.type_

        engine: None | str | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, AvatarEngineTier):
            engine = self.engine.value
        else:
            engine = self.engine

        expressiveness: None | str | Unset
        if isinstance(self.expressiveness, Unset):
            expressiveness = UNSET
        elif isinstance(self.expressiveness, Expressiveness):
            expressiveness = self.expressiveness.value
        else:
            expressiveness = self.expressiveness

        motion_prompt: None | str | Unset
        if isinstance(self.motion_prompt, Unset):
            motion_prompt = UNSET
        else:
            motion_prompt = self.motion_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "avatar_id": avatar_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if engine is not UNSET:
            field_dict["engine"] = engine
        if expressiveness is not UNSET:
            field_dict["expressiveness"] = expressiveness
        if motion_prompt is not UNSET:
            field_dict["motion_prompt"] = motion_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        avatar_id = d.pop("avatar_id")

        type_ = cast(Literal["avatar"] | Unset, d.pop("type", UNSET))
        if type_ != "avatar" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'avatar', got '{type_}'")

        def _parse_engine(data: object) -> AvatarEngineTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                engine_type_0 = AvatarEngineTier(data)

                return engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarEngineTier | None | Unset, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        def _parse_expressiveness(data: object) -> Expressiveness | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expressiveness_type_0 = Expressiveness(data)

                return expressiveness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Expressiveness | None | Unset, data)

        expressiveness = _parse_expressiveness(d.pop("expressiveness", UNSET))

        def _parse_motion_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion_prompt = _parse_motion_prompt(d.pop("motion_prompt", UNSET))

        avatar_element = cls(
            id=id,
            avatar_id=avatar_id,
            type_=type_,
            engine=engine,
            expressiveness=expressiveness,
            motion_prompt=motion_prompt,
        )

        return avatar_element
