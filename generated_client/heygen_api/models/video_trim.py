from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VideoTrim")


@_attrs_define
class VideoTrim:
    """Seconds trimmed from each end of a clip.

    Attributes:
        start_offset (float): Seconds trimmed from the start of the clip.
        end_offset (float): Seconds trimmed from the end of the clip.
    """

    start_offset: float
    end_offset: float

    def to_dict(self) -> dict[str, Any]:
        start_offset = self.start_offset

        end_offset = self.end_offset

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start_offset": start_offset,
                "end_offset": end_offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_offset = d.pop("start_offset")

        end_offset = d.pop("end_offset")

        video_trim = cls(
            start_offset=start_offset,
            end_offset=end_offset,
        )

        return video_trim
