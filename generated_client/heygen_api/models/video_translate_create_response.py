from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoTranslateCreateResponse")


@_attrs_define
class VideoTranslateCreateResponse:
    """
    Attributes:
        video_translate_id (None | str | Unset):
        video_translate_ids (list[str] | None | Unset):
    """

    video_translate_id: None | str | Unset = UNSET
    video_translate_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_translate_id: None | str | Unset
        if isinstance(self.video_translate_id, Unset):
            video_translate_id = UNSET
        else:
            video_translate_id = self.video_translate_id

        video_translate_ids: list[str] | None | Unset
        if isinstance(self.video_translate_ids, Unset):
            video_translate_ids = UNSET
        elif isinstance(self.video_translate_ids, list):
            video_translate_ids = self.video_translate_ids

        else:
            video_translate_ids = self.video_translate_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_translate_id is not UNSET:
            field_dict["video_translate_id"] = video_translate_id
        if video_translate_ids is not UNSET:
            field_dict["video_translate_ids"] = video_translate_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_video_translate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_translate_id = _parse_video_translate_id(
            d.pop("video_translate_id", UNSET)
        )

        def _parse_video_translate_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_translate_ids_type_0 = cast(list[str], data)

                return video_translate_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        video_translate_ids = _parse_video_translate_ids(
            d.pop("video_translate_ids", UNSET)
        )

        video_translate_create_response = cls(
            video_translate_id=video_translate_id,
            video_translate_ids=video_translate_ids,
        )

        video_translate_create_response.additional_properties = d
        return video_translate_create_response

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
