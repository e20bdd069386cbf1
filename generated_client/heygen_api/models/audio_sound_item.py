from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_content_type import AudioContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSoundItem")


@_attrs_define
class AudioSoundItem:
    """A single audio track in the catalog search response.

    Attributes:
        id (str): Unique identifier for the audio track.
        name (str): Display name of the audio track.
        description (str): Semantic description the track was indexed under.
        audio_url (str): Temporary pre-signed URL to download the audio file. Expires; do not cache long-term.
        score (float): Semantic similarity score (0-1); higher means a closer match.
        type_ (AudioContentType): Audio content type for catalog search. Each value maps to its own Pinecone namespace
            (see music_search._NAMESPACE_BY_TYPE).
        duration (float | None | Unset): Duration of the audio in seconds, when known.
        peak_offset (float | None | Unset): For sound effects, seconds from clip start to the loudest RMS peak. Null for
            tracks without placement metadata.
        placement (None | str | Unset): For sound effects, suggested placement mode: 'hit', 'riser', or 'bed'. Null for
            tracks without placement metadata.
    """

    id: str
    name: str
    description: str
    audio_url: str
    score: float
    type_: AudioContentType
    duration: float | None | Unset = UNSET
    peak_offset: float | None | Unset = UNSET
    placement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        audio_url = self.audio_url

        score = self.score

        type_ = self.type_.value

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        peak_offset: float | None | Unset
        if isinstance(self.peak_offset, Unset):
            peak_offset = UNSET
        else:
            peak_offset = self.peak_offset

        placement: None | str | Unset
        if isinstance(self.placement, Unset):
            placement = UNSET
        else:
            placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "audio_url": audio_url,
                "score": score,
                "type": type_,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if peak_offset is not UNSET:
            field_dict["peak_offset"] = peak_offset
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        audio_url = d.pop("audio_url")

        score = d.pop("score")

        type_ = AudioContentType(d.pop("type"))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_peak_offset(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        peak_offset = _parse_peak_offset(d.pop("peak_offset", UNSET))

        def _parse_placement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        placement = _parse_placement(d.pop("placement", UNSET))

        audio_sound_item = cls(
            id=id,
            name=name,
            description=description,
            audio_url=audio_url,
            score=score,
            type_=type_,
            duration=duration,
            peak_offset=peak_offset,
            placement=placement,
        )

        audio_sound_item.additional_properties = d
        return audio_sound_item

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
