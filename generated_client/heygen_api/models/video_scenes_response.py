from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scene import Scene
    from ..models.video_context import VideoContext


T = TypeVar("T", bound="VideoScenesResponse")


@_attrs_define
class VideoScenesResponse:
    """The composite document: one video's context and every one of its scenes.

    Attributes:
        video_id (str): The video these scenes belong to.
        video (VideoContext): Video-level facts needed to make sense of the scenes.
        scenes (list[Scene] | Unset): Every scene in the video, in the video's own order, which is playback order unless
            the video branches. Never paginated.
    """

    video_id: str
    video: VideoContext
    scenes: list[Scene] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        video = self.video.to_dict()

        scenes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scenes, Unset):
            scenes = []
            for scenes_item_data in self.scenes:
                scenes_item = scenes_item_data.to_dict()
                scenes.append(scenes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_id": video_id,
                "video": video,
            }
        )
        if scenes is not UNSET:
            field_dict["scenes"] = scenes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scene import Scene  # noqa: PLC0415
        from ..models.video_context import VideoContext  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("video_id")

        video = VideoContext.from_dict(d.pop("video"))

        _scenes = d.pop("scenes", UNSET)
        scenes: list[Scene] | Unset = UNSET
        if _scenes is not UNSET:
            scenes = []
            for scenes_item_data in _scenes:
                scenes_item = Scene.from_dict(scenes_item_data)

                scenes.append(scenes_item)

        video_scenes_response = cls(
            video_id=video_id,
            video=video,
            scenes=scenes,
        )

        return video_scenes_response
