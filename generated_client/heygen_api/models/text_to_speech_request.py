from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechRequest")


@_attrs_define
class TextToSpeechRequest:
    """Request body for text-to-speech generation.

    Attributes:
        text (str): Text to synthesize (1-5000 characters). Break tags must express time in seconds (for example, <break
            time="0.35s"/>); millisecond values are not supported.
        voice_id (str): Voice ID to use. The voice must support the starfish engine. Filter compatible voices by passing
            engine=starfish to the voice listing endpoint.
        input_type (str | Unset): Type of the input: 'text' for plain text, 'ssml' for SSML markup. Defaults to 'text'.
            Default: 'text'.
        speed (float | Unset): Speed multiplier (0.5-2.0). Default: 1.0.
        language (None | str | Unset): Base language code (e.g. 'en', 'pt', 'zh'). Optional — auto-detected from text
            when omitted.
        locale (None | str | Unset): BCP-47 locale tag (e.g. 'en-US', 'pt-BR'). When set, language is inferred from
            locale.
    """

    text: str
    voice_id: str
    input_type: str | Unset = "text"
    speed: float | Unset = 1.0
    language: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        input_type = self.input_type

        speed = self.speed

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "voice_id": voice_id,
            }
        )
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if speed is not UNSET:
            field_dict["speed"] = speed
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        voice_id = d.pop("voice_id")

        input_type = d.pop("input_type", UNSET)

        speed = d.pop("speed", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        text_to_speech_request = cls(
            text=text,
            voice_id=voice_id,
            input_type=input_type,
            speed=speed,
            language=language,
            locale=locale,
        )

        return text_to_speech_request
