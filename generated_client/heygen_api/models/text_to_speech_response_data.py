from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.word_with_timestamp import WordWithTimestamp


T = TypeVar("T", bound="TextToSpeechResponseData")


@_attrs_define
class TextToSpeechResponseData:
    """Response payload for text-to-speech generation.

    Attributes:
        audio_url (str): URL of the generated audio file.
        duration (float): Duration of the audio in seconds.
        request_id (None | str | Unset): Unique identifier for this generation request.
        word_timestamps (list[WordWithTimestamp] | None | Unset): Word-level timing data.
    """

    audio_url: str
    duration: float
    request_id: None | str | Unset = UNSET
    word_timestamps: list[WordWithTimestamp] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        duration = self.duration

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        word_timestamps: list[dict[str, Any]] | None | Unset
        if isinstance(self.word_timestamps, Unset):
            word_timestamps = UNSET
        elif isinstance(self.word_timestamps, list):
            word_timestamps = []
            for word_timestamps_type_0_item_data in self.word_timestamps:
                word_timestamps_type_0_item = word_timestamps_type_0_item_data.to_dict()
                word_timestamps.append(word_timestamps_type_0_item)

        else:
            word_timestamps = self.word_timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
                "duration": duration,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if word_timestamps is not UNSET:
            field_dict["word_timestamps"] = word_timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.word_with_timestamp import WordWithTimestamp  # noqa: PLC0415

        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        duration = d.pop("duration")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_word_timestamps(
            data: object,
        ) -> list[WordWithTimestamp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                word_timestamps_type_0 = []
                _word_timestamps_type_0 = data
                for word_timestamps_type_0_item_data in _word_timestamps_type_0:
                    word_timestamps_type_0_item = WordWithTimestamp.from_dict(
                        word_timestamps_type_0_item_data
                    )

                    word_timestamps_type_0.append(word_timestamps_type_0_item)

                return word_timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WordWithTimestamp] | None | Unset, data)

        word_timestamps = _parse_word_timestamps(d.pop("word_timestamps", UNSET))

        text_to_speech_response_data = cls(
            audio_url=audio_url,
            duration=duration,
            request_id=request_id,
            word_timestamps=word_timestamps,
        )

        text_to_speech_response_data.additional_properties = d
        return text_to_speech_response_data

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
