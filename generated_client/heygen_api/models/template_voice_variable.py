from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateVoiceVariable")


@_attrs_define
class TemplateVoiceVariable:
    """Overrides the voice used by a script placeholder in the template.

    Attributes:
        type_ (Literal['voice']): Variable type discriminator
        voice_id (str): Voice ID used for text-to-speech
        locale (None | str | Unset): Optional voice locale, e.g. 'en-US'
    """

    type_: Literal["voice"]
    voice_id: str
    locale: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        voice_id = self.voice_id

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "voice_id": voice_id,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["voice"], d.pop("type"))
        if type_ != "voice":
            raise ValueError(f"type must match const 'voice', got '{type_}'")

        voice_id = d.pop("voice_id")

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        template_voice_variable = cls(
            type_=type_,
            voice_id=voice_id,
            locale=locale,
        )

        return template_voice_variable
