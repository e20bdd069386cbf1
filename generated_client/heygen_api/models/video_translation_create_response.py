from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoTranslationCreateResponse")


@_attrs_define
class VideoTranslationCreateResponse:
    """Response for POST /v3/video-translations.

    Attributes:
        video_translation_ids (list[str]): Video translation IDs, one per target language
    """

    video_translation_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_translation_ids = self.video_translation_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_translation_ids": video_translation_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_translation_ids = cast(list[str], d.pop("video_translation_ids"))

        video_translation_create_response = cls(
            video_translation_ids=video_translation_ids,
        )

        video_translation_create_response.additional_properties = d
        return video_translation_create_response

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
