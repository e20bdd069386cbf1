from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateVideoTranslationRequest")


@_attrs_define
class UpdateVideoTranslationRequest:
    """Request body for PATCH /v3/video-translations/{id}.

    Attributes:
        title (str): New title for the video translation
    """

    title: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        update_video_translation_request = cls(
            title=title,
        )

        return update_video_translation_request
