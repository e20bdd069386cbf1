from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.script_voice_settings import ScriptVoiceSettings


T = TypeVar("T", bound="TextScriptEntry")


@_attrs_define
class TextScriptEntry:
    """Synthesized speech: a script delivered by a voice.

    Attributes:
        id (str): Opaque identifier of this script entry within the video. Not to be parsed, sorted, or assumed to
            encode anything. The same id under two scenes means one entry is shared between them: its text belongs to both,
            and concatenating both scenes' scripts would synthesize the shared words twice.
        text (str): The script, verbatim, including inline markup. Empty when the scene was left unfinished.
        type_ (Literal['text'] | Unset): Script entry type discriminator. Default: 'text'.
        voice_id (None | str | Unset): The voice delivering this script.
        voice_settings (None | ScriptVoiceSettings | Unset): Voice tuning applied to this script.
        trim_to_speech (bool | None | Unset): Whether leading and trailing silence is trimmed to the spoken window.
    """

    id: str
    text: str
    type_: Literal["text"] | Unset = "text"
    voice_id: None | str | Unset = UNSET
    voice_settings: None | ScriptVoiceSettings | Unset = UNSET
    trim_to_speech: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.script_voice_settings import ScriptVoiceSettings  # noqa: PLC0415

        id = self.id

        text = self.text

        type_ = self.type_

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, ScriptVoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        trim_to_speech: bool | None | Unset
        if isinstance(self.trim_to_speech, Unset):
            trim_to_speech = UNSET
        else:
            trim_to_speech = self.trim_to_speech

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if trim_to_speech is not UNSET:
            field_dict["trim_to_speech"] = trim_to_speech

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.script_voice_settings import ScriptVoiceSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        type_ = cast(Literal["text"] | Unset, d.pop("type", UNSET))
        if type_ != "text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text', got '{type_}'")

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_settings(data: object) -> None | ScriptVoiceSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = ScriptVoiceSettings.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScriptVoiceSettings | Unset, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        def _parse_trim_to_speech(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trim_to_speech = _parse_trim_to_speech(d.pop("trim_to_speech", UNSET))

        text_script_entry = cls(
            id=id,
            text=text,
            type_=type_,
            voice_id=voice_id,
            voice_settings=voice_settings,
            trim_to_speech=trim_to_speech,
        )

        return text_script_entry
