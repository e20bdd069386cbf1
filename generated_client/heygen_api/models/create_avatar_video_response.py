from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_output_format import VideoOutputFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAvatarVideoResponse")


@_attrs_define
class CreateAvatarVideoResponse:
    """
    Attributes:
        video_id (str): Unique identifier for the created video.
        status (str): Initial video status (e.g. 'waiting').
        output_format (VideoOutputFormat | Unset): Output container for the generated video.
    """

    video_id: str
    status: str
    output_format: VideoOutputFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        status = self.status

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "status": status,
            }
        )
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        status = d.pop("status")

        _output_format = d.pop("output_format", UNSET)
        output_format: VideoOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = VideoOutputFormat(_output_format)

        create_avatar_video_response = cls(
            video_id=video_id,
            status=status,
            output_format=output_format,
        )

        create_avatar_video_response.additional_properties = d
        return create_avatar_video_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
