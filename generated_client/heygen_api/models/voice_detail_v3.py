from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_detail_v3_status_type_0 import VoiceDetailV3StatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceDetailV3")


@_attrs_define
class VoiceDetailV3:
    """Response payload for GET /v3/voices/{voice_id}.

    Attributes:
        voice_id (str): Unique voice identifier.
        support_pause (bool): Whether the voice supports SSML pause/break tags.
        name (None | str | Unset): Display name of the voice. Only present when the voice record exists.
        language (None | str | Unset): Primary language of the voice. Only present when the voice record exists.
        gender (None | str | Unset): Gender of the voice (e.g., 'male', 'female'). Only present when the voice record
            exists.
        preview_audio_url (None | str | Unset): URL to a short preview audio clip. Only present for completed voices.
        status (None | Unset | VoiceDetailV3StatusType0): Clone status. Only present for cloned voices.
        failure_message (None | str | Unset): Error description. Only present when status is 'failed'.
        support_interactive_avatar (bool | Unset): Whether the voice supports interactive avatar streaming. Default:
            False.
        created_at (int | None | Unset): Unix timestamp when the voice was created.
    """

    voice_id: str
    support_pause: bool
    name: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    preview_audio_url: None | str | Unset = UNSET
    status: None | Unset | VoiceDetailV3StatusType0 = UNSET
    failure_message: None | str | Unset = UNSET
    support_interactive_avatar: bool | Unset = False
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        support_pause = self.support_pause

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

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        preview_audio_url: None | str | Unset
        if isinstance(self.preview_audio_url, Unset):
            preview_audio_url = UNSET
        else:
            preview_audio_url = self.preview_audio_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VoiceDetailV3StatusType0):
            status = self.status.value
        else:
            status = self.status

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        support_interactive_avatar = self.support_interactive_avatar

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "support_pause": support_pause,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if preview_audio_url is not UNSET:
            field_dict["preview_audio_url"] = preview_audio_url
        if status is not UNSET:
            field_dict["status"] = status
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if support_interactive_avatar is not UNSET:
            field_dict["support_interactive_avatar"] = support_interactive_avatar
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        support_pause = d.pop("support_pause")

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

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_preview_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_audio_url = _parse_preview_audio_url(d.pop("preview_audio_url", UNSET))

        def _parse_status(data: object) -> None | Unset | VoiceDetailV3StatusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = VoiceDetailV3StatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceDetailV3StatusType0, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        support_interactive_avatar = d.pop("support_interactive_avatar", UNSET)

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        voice_detail_v3 = cls(
            voice_id=voice_id,
            support_pause=support_pause,
            name=name,
            language=language,
            gender=gender,
            preview_audio_url=preview_audio_url,
            status=status,
            failure_message=failure_message,
            support_interactive_avatar=support_interactive_avatar,
            created_at=created_at,
        )

        voice_detail_v3.additional_properties = d
        return voice_detail_v3

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
