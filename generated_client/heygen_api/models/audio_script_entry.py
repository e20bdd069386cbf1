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

T = TypeVar("T", bound="AudioScriptEntry")


@_attrs_define
class AudioScriptEntry:
    """Uploaded audio played as the scene's speech.

    Attributes:
        id (str): Identifier of this script entry within the video.
        type_ (Literal['audio'] | Unset): Script entry type discriminator. Default: 'audio'.
        audio_url (None | str | Unset): URL of the audio. Present when the video records a link for this entry and, if
            that link is signed, it is not at or near its deadline. Absent when no link is recorded, or the only recorded
            link has lapsed. Only the deadline is checked, so a present URL is not a promise that it resolves: it may name
            an object that has since moved, or a host the customer supplied. Signed links expire, so download what you need
            rather than storing the URL.
    """

    id: str
    type_: Literal["audio"] | Unset = "audio"
    audio_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["audio"] | Unset, d.pop("type", UNSET))
        if type_ != "audio" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        audio_script_entry = cls(
            id=id,
            type_=type_,
            audio_url=audio_url,
        )

        return audio_script_entry
