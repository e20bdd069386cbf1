from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_agent_config_orientation_type_0 import (
    VideoAgentConfigOrientationType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoAgentConfig")


@_attrs_define
class VideoAgentConfig:
    """Configuration options for video generation.

    Attributes:
        duration_sec (int | None | Unset): Approximate video duration in seconds (minimum 5)
        orientation (None | Unset | VideoAgentConfigOrientationType0): Video orientation. If not provided, auto-detected
            from content.
        avatar_id (None | str | Unset): Specific avatar ID to use
        voice_id (None | str | Unset): Specific voice ID to use for narration
    """

    duration_sec: int | None | Unset = UNSET
    orientation: None | Unset | VideoAgentConfigOrientationType0 = UNSET
    avatar_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        duration_sec: int | None | Unset
        if isinstance(self.duration_sec, Unset):
            duration_sec = UNSET
        else:
            duration_sec = self.duration_sec

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        elif isinstance(self.orientation, VideoAgentConfigOrientationType0):
            orientation = self.orientation.value
        else:
            orientation = self.orientation

        avatar_id: None | str | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_duration_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_sec = _parse_duration_sec(d.pop("duration_sec", UNSET))

        def _parse_orientation(
            data: object,
        ) -> None | Unset | VideoAgentConfigOrientationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                orientation_type_0 = VideoAgentConfigOrientationType0(data)

                return orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAgentConfigOrientationType0, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_avatar_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_id = _parse_avatar_id(d.pop("avatar_id", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        video_agent_config = cls(
            duration_sec=duration_sec,
            orientation=orientation,
            avatar_id=avatar_id,
            voice_id=voice_id,
        )

        return video_agent_config
