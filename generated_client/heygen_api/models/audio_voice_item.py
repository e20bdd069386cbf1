from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_voice_type import AudioVoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioVoiceItem")


@_attrs_define
class AudioVoiceItem:
    """A single voice in the listing response.

    Attributes:
        voice_id (str): Unique voice identifier.
        name (str): Display name of the voice.
        language (str): Primary language of the voice.
        gender (str): Gender of the voice.
        support_pause (bool): Whether the voice supports SSML pause/break tags.
        support_locale (bool): Whether the voice supports locale variants.
        type_ (AudioVoiceType):
        preview_audio_url (None | str | Unset): URL to a short audio preview of the voice.
    """

    voice_id: str
    name: str
    language: str
    gender: str
    support_pause: bool
    support_locale: bool
    type_: AudioVoiceType
    preview_audio_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        language = self.language

        gender = self.gender

        support_pause = self.support_pause

        support_locale = self.support_locale

        type_ = self.type_.value

        preview_audio_url: None | str | Unset
        if isinstance(self.preview_audio_url, Unset):
            preview_audio_url = UNSET
        else:
            preview_audio_url = self.preview_audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
                "language": language,
                "gender": gender,
                "support_pause": support_pause,
                "support_locale": support_locale,
                "type": type_,
            }
        )
        if preview_audio_url is not UNSET:
            field_dict["preview_audio_url"] = preview_audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        name = d.pop("name")

        language = d.pop("language")

        gender = d.pop("gender")

        support_pause = d.pop("support_pause")

        support_locale = d.pop("support_locale")

        type_ = AudioVoiceType(d.pop("type"))

        def _parse_preview_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_audio_url = _parse_preview_audio_url(d.pop("preview_audio_url", UNSET))

        audio_voice_item = cls(
            voice_id=voice_id,
            name=name,
            language=language,
            gender=gender,
            support_pause=support_pause,
            support_locale=support_locale,
            type_=type_,
            preview_audio_url=preview_audio_url,
        )

        audio_voice_item.additional_properties = d
        return audio_voice_item

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
