from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.highlight_output_settings import HighlightOutputSettings


T = TypeVar("T", bound="CreateAiClippingRequest")


@_attrs_define
class CreateAiClippingRequest:
    """Request body for POST /v3/ai-clipping.

    Attributes:
        video (AssetId | AssetUrl): Source video. Either a URL or an asset_id from POST /v1/asset.
        title (None | str | Unset): Title for the job. Defaults to the source video's title if omitted.
        input_language (None | str | Unset): ISO-639-1 source language code (e.g. 'en', 'es'). Omit for auto-detect.
        output_settings (HighlightOutputSettings | Unset): Configuration for the clips the job will produce.
        callback_url (None | str | Unset): HTTPS URL to receive per-job webhook callbacks. Mirrors /v3/video-
            translations callback_url. Per-job callback_url deliveries are NOT HMAC-signed: authenticate them by verifying
            TLS and matching the echoed callback_id, and do not trust an unverified body. To receive a signed payload,
            register a webhook endpoint with a secret (the signature header is sent only to registered endpoints).
        callback_id (None | str | Unset): Opaque client identifier echoed verbatim in webhook payloads. Mirrors
            /v3/video-translations callback_id.
    """

    video: AssetId | AssetUrl
    title: None | str | Unset = UNSET
    input_language: None | str | Unset = UNSET
    output_settings: HighlightOutputSettings | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, AssetUrl):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        input_language: None | str | Unset
        if isinstance(self.input_language, Unset):
            input_language = UNSET
        else:
            input_language = self.input_language

        output_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_settings, Unset):
            output_settings = self.output_settings.to_dict()

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video": video,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if input_language is not UNSET:
            field_dict["input_language"] = input_language
        if output_settings is not UNSET:
            field_dict["output_settings"] = output_settings
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.highlight_output_settings import HighlightOutputSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = AssetUrl.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_type_1 = AssetId.from_dict(data)

            return video_type_1

        video = _parse_video(d.pop("video"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_language = _parse_input_language(d.pop("input_language", UNSET))

        _output_settings = d.pop("output_settings", UNSET)
        output_settings: HighlightOutputSettings | Unset
        if isinstance(_output_settings, Unset):
            output_settings = UNSET
        else:
            output_settings = HighlightOutputSettings.from_dict(_output_settings)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        create_ai_clipping_request = cls(
            video=video,
            title=title,
            input_language=input_language,
            output_settings=output_settings,
            callback_url=callback_url,
            callback_id=callback_id,
        )

        return create_ai_clipping_request
