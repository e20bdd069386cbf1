from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip import Clip
    from ..models.highlight_output_settings import HighlightOutputSettings


T = TypeVar("T", bound="AiClippingDetail")


@_attrs_define
class AiClippingDetail:
    """Full job resource returned by Get, List, and webhook payloads.

    Attributes:
        id (str): Unique job identifier.
        status (JobStatus): Public job lifecycle.
        title (None | str | Unset): Display title.
        input_language (None | str | Unset): Detected or supplied source language code.
        source_duration (float | None | Unset): Duration of the source video in seconds.
        output_settings (HighlightOutputSettings | None | Unset): Currently omitted from Get, List, and webhook
            responses.
        clips (list[Clip] | Unset): Produced clips. Empty until the job's first clip is rendered.
        progress (int | Unset): Approximate progress (0-100). 100 when all clips completed. GET /v3/ai-clipping/{id}
            returns live in-flight progress; the list endpoint reports a coarse value (0 until completed, then 100). Poll
            the single-get endpoint for granular progress. Default: 0.
        callback_id (None | str | Unset): Client-provided callback ID.
        created_at (int | None | Unset): Unix timestamp (seconds) of job creation.
        failure_message (None | str | Unset): Error description. Only present when status=failed.
    """

    id: str
    status: JobStatus
    title: None | str | Unset = UNSET
    input_language: None | str | Unset = UNSET
    source_duration: float | None | Unset = UNSET
    output_settings: HighlightOutputSettings | None | Unset = UNSET
    clips: list[Clip] | Unset = UNSET
    progress: int | Unset = 0
    callback_id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.highlight_output_settings import HighlightOutputSettings  # noqa: PLC0415

        id = self.id

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        input_language: None | str | Unset
        if isinstance(self.input_language, Unset):
            input_language = UNSET
        else:
            input_language = self.input_language

        source_duration: float | None | Unset
        if isinstance(self.source_duration, Unset):
            source_duration = UNSET
        else:
            source_duration = self.source_duration

        output_settings: dict[str, Any] | None | Unset
        if isinstance(self.output_settings, Unset):
            output_settings = UNSET
        elif isinstance(self.output_settings, HighlightOutputSettings):
            output_settings = self.output_settings.to_dict()
        else:
            output_settings = self.output_settings

        clips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clips, Unset):
            clips = []
            for clips_item_data in self.clips:
                clips_item = clips_item_data.to_dict()
                clips.append(clips_item)

        progress = self.progress

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if input_language is not UNSET:
            field_dict["input_language"] = input_language
        if source_duration is not UNSET:
            field_dict["source_duration"] = source_duration
        if output_settings is not UNSET:
            field_dict["output_settings"] = output_settings
        if clips is not UNSET:
            field_dict["clips"] = clips
        if progress is not UNSET:
            field_dict["progress"] = progress
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clip import Clip  # noqa: PLC0415
        from ..models.highlight_output_settings import HighlightOutputSettings  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = JobStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_language = _parse_input_language(d.pop("input_language", UNSET))

        def _parse_source_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        source_duration = _parse_source_duration(d.pop("source_duration", UNSET))

        def _parse_output_settings(
            data: object,
        ) -> HighlightOutputSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_settings_type_0 = HighlightOutputSettings.from_dict(data)

                return output_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HighlightOutputSettings | None | Unset, data)

        output_settings = _parse_output_settings(d.pop("output_settings", UNSET))

        _clips = d.pop("clips", UNSET)
        clips: list[Clip] | Unset = UNSET
        if _clips is not UNSET:
            clips = []
            for clips_item_data in _clips:
                clips_item = Clip.from_dict(clips_item_data)

                clips.append(clips_item)

        progress = d.pop("progress", UNSET)

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        ai_clipping_detail = cls(
            id=id,
            status=status,
            title=title,
            input_language=input_language,
            source_duration=source_duration,
            output_settings=output_settings,
            clips=clips,
            progress=progress,
            callback_id=callback_id,
            created_at=created_at,
            failure_message=failure_message,
        )

        ai_clipping_detail.additional_properties = d
        return ai_clipping_detail

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
