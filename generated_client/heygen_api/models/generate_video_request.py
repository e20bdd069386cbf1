from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """Request body for POST /v3/video-translations/proofreads/{id}/generate.

    Attributes:
        captions (bool | Unset): Deprecated and ignored: captions are always generated; whether to display them is a
            download-side choice. Default: False.
        translate_audio_only (bool | Unset): Only translate audio, keep original video Default: False.
        callback_id (None | str | Unset): ID included in webhook payload
        callback_url (None | str | Unset): Webhook URL for completion notifications
    """

    captions: bool | Unset = False
    translate_audio_only: bool | Unset = False
    callback_id: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        captions = self.captions

        translate_audio_only = self.translate_audio_only

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if captions is not UNSET:
            field_dict["captions"] = captions
        if translate_audio_only is not UNSET:
            field_dict["translate_audio_only"] = translate_audio_only
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        captions = d.pop("captions", UNSET)

        translate_audio_only = d.pop("translate_audio_only", UNSET)

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        generate_video_request = cls(
            captions=captions,
            translate_audio_only=translate_audio_only,
            callback_id=callback_id,
            callback_url=callback_url,
        )

        return generate_video_request
