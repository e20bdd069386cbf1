from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.model_audio_voice_mode import ModelAudioVoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateModelAudioVoiceRequest")


@_attrs_define
class CreateModelAudioVoiceRequest:
    """Create or retrain one model-backed audio voice.

    Attributes:
        audio (list[AssetBase64 | AssetId | AssetUrl]): Source recordings of the same speaker. Each item may be a public
            HTTPS URL, a HeyGen asset ID, or base64-encoded audio. The recordings must contain at least 20 minutes of audio
            in total.
        mode (ModelAudioVoiceMode | None | Unset): Voice operation mode for a new voice. Ignored when `voice_id` is
            supplied; the existing mode is retained. Currently only `professional` is supported.
        voice_id (None | str | Unset): Existing professional voice to retrain. Omit to create a new voice.
        name (None | str | Unset): Display name for a new voice. Ignored when `voice_id` is supplied; the existing name
            is retained.
        language (None | str | Unset): Primary language code, such as `en`, for a new voice. Ignored when `voice_id` is
            supplied; the existing language is retained.
    """

    audio: list[AssetBase64 | AssetId | AssetUrl]
    mode: ModelAudioVoiceMode | None | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    language: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        audio = []
        for audio_item_data in self.audio:
            audio_item: dict[str, Any]
            if isinstance(audio_item_data, AssetUrl):
                audio_item = audio_item_data.to_dict()
            elif isinstance(audio_item_data, AssetId):
                audio_item = audio_item_data.to_dict()
            else:
                audio_item = audio_item_data.to_dict()

            audio.append(audio_item)

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ModelAudioVoiceMode):
            mode = self.mode.value
        else:
            mode = self.mode

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio": audio,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        audio = []
        _audio = d.pop("audio")
        for audio_item_data in _audio:

            def _parse_audio_item(data: object) -> AssetBase64 | AssetId | AssetUrl:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    audio_item_type_0 = AssetUrl.from_dict(data)

                    return audio_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    audio_item_type_1 = AssetId.from_dict(data)

                    return audio_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                audio_item_type_2 = AssetBase64.from_dict(data)

                return audio_item_type_2

            audio_item = _parse_audio_item(audio_item_data)

            audio.append(audio_item)

        def _parse_mode(data: object) -> ModelAudioVoiceMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = ModelAudioVoiceMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelAudioVoiceMode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        create_model_audio_voice_request = cls(
            audio=audio,
            mode=mode,
            voice_id=voice_id,
            name=name,
            language=language,
        )

        return create_model_audio_voice_request
