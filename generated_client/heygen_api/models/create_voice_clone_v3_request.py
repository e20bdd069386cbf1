from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateVoiceCloneV3Request")


@_attrs_define
class CreateVoiceCloneV3Request:
    """Request body for POST /v3/voices/clone.

    Attributes:
        audio (AssetBase64 | AssetId | AssetUrl): Audio file for voice cloning. Provide as {type: 'url', url: '...'},
            {type: 'asset_id', asset_id: '...'}, or {type: 'base64', media_type: '...', data: '...'}.
        voice_name (str): Display name for the cloned voice.
        language (None | str | Unset): Language hint for the voice (e.g., 'en', 'es'). Auto-detected if omitted.
        remove_background_noise (bool | Unset): Remove background noise from the audio before cloning. Default: True.
    """

    audio: AssetBase64 | AssetId | AssetUrl
    voice_name: str
    language: None | str | Unset = UNSET
    remove_background_noise: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        audio: dict[str, Any]
        if isinstance(self.audio, AssetUrl):
            audio = self.audio.to_dict()
        elif isinstance(self.audio, AssetId):
            audio = self.audio.to_dict()
        else:
            audio = self.audio.to_dict()

        voice_name = self.voice_name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        remove_background_noise = self.remove_background_noise

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio": audio,
                "voice_name": voice_name,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audio(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = AssetUrl.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_1 = AssetId.from_dict(data)

                return audio_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            audio_type_2 = AssetBase64.from_dict(data)

            return audio_type_2

        audio = _parse_audio(d.pop("audio"))

        voice_name = d.pop("voice_name")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        remove_background_noise = d.pop("remove_background_noise", UNSET)

        create_voice_clone_v3_request = cls(
            audio=audio,
            voice_name=voice_name,
            language=language,
            remove_background_noise=remove_background_noise,
        )

        return create_voice_clone_v3_request
