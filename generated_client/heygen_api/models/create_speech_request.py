from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequest")


@_attrs_define
class CreateSpeechRequest:
    """
    Attributes:
        voice_id (str): Identifier of the voice used for speech synthesis.
        text (str): Plain text to synthesize. SSML and break tags are not supported.
        language (str): Language code used for speech synthesis, such as `en`.
        seed (int | None | Unset): Optional best-effort deterministic generation seed.
    """

    voice_id: str
    text: str
    language: str
    seed: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        text = self.text

        language = self.language

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voice_id": voice_id,
                "text": text,
                "language": language,
            }
        )
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        text = d.pop("text")

        language = d.pop("language")

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        create_speech_request = cls(
            voice_id=voice_id,
            text=text,
            language=language,
            seed=seed,
        )

        return create_speech_request
