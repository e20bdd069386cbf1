from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_video_translation_request import CreateVideoTranslationRequest


T = TypeVar("T", bound="CreateVideoTranslationBatchRequest")


@_attrs_define
class CreateVideoTranslationBatchRequest:
    """
    Attributes:
        video_translations (list[CreateVideoTranslationRequest]): Video-translation payloads, identical in shape to POST
            /v3/video-translations. A single entry targeting multiple output_languages expands to one batch item per
            language; the expanded item count is capped at 100.
        title (None | str | Unset): Display name for the batch, shown in the HeyGen app.
        callback_url (None | str | Unset): Webhook URL invoked once when every item in the batch reaches a terminal
            state.
    """

    video_translations: list[CreateVideoTranslationRequest]
    title: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        video_translations = []
        for video_translations_item_data in self.video_translations:
            video_translations_item = video_translations_item_data.to_dict()
            video_translations.append(video_translations_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video_translations": video_translations,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_video_translation_request import (
            CreateVideoTranslationRequest,  # noqa: PLC0415
        )

        d = dict(src_dict)
        video_translations = []
        _video_translations = d.pop("video_translations")
        for video_translations_item_data in _video_translations:
            video_translations_item = CreateVideoTranslationRequest.from_dict(
                video_translations_item_data
            )

            video_translations.append(video_translations_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_video_translation_batch_request = cls(
            video_translations=video_translations,
            title=title,
            callback_url=callback_url,
        )

        return create_video_translation_batch_request
