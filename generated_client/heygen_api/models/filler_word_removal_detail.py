from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filler_word_removal_detail_job_status import (
    FillerWordRemovalDetailJobStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FillerWordRemovalDetail")


@_attrs_define
class FillerWordRemovalDetail:
    """Full job resource returned by GET /v3/filler-word-removals/{id}.

    Invariant: ``status=completed`` always carries a ``video_url`` — when the
    run changes nothing (no filler cuts and no silence trims) the output is a
    byte-copy of the original and the charge is auto-refunded, so polling
    scripts never need a special no-op branch. Note ``num_cuts`` counts filler
    segments only; a run may report ``num_cuts=0`` yet still be billed when it
    trimmed long silences (``reduction_pct > 0``).

        Attributes:
            id (str): Unique job identifier.
            status (FillerWordRemovalDetailJobStatus): Public job lifecycle.
            title (None | str | Unset): Display title.
            progress (int | Unset): Approximate progress (0-100). 100 when completed. Default: 0.
            video_url (None | str | Unset): Presigned MP4 download URL of the cleaned video. Present when status=completed.
                Expires — re-fetch this endpoint for a fresh link.
            thumbnail_url (None | str | Unset): Presigned thumbnail URL. Only present when status=completed and a thumbnail
                was generated.
            original_duration (float | None | Unset): Duration of the source video in seconds. Present when
                status=completed.
            output_duration (float | None | Unset): Duration of the cleaned video in seconds. Present when status=completed.
            num_cuts (int | None | Unset): Number of filler segments removed (silence-only trims are not counted — compare
                reduction_pct). The charge auto-refunds only when the run changed nothing at all. Present when status=completed.
            reduction_pct (float | None | Unset): Percentage of the source duration removed. Present when status=completed.
            callback_id (None | str | Unset): Client-provided callback ID echoed from the create request.
            created_at (int | None | Unset): Unix timestamp (seconds) of job creation.
            failure_message (None | str | Unset): Error description. Only present when status=failed.
    """

    id: str
    status: FillerWordRemovalDetailJobStatus
    title: None | str | Unset = UNSET
    progress: int | Unset = 0
    video_url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    original_duration: float | None | Unset = UNSET
    output_duration: float | None | Unset = UNSET
    num_cuts: int | None | Unset = UNSET
    reduction_pct: float | None | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        progress = self.progress

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        original_duration: float | None | Unset
        if isinstance(self.original_duration, Unset):
            original_duration = UNSET
        else:
            original_duration = self.original_duration

        output_duration: float | None | Unset
        if isinstance(self.output_duration, Unset):
            output_duration = UNSET
        else:
            output_duration = self.output_duration

        num_cuts: int | None | Unset
        if isinstance(self.num_cuts, Unset):
            num_cuts = UNSET
        else:
            num_cuts = self.num_cuts

        reduction_pct: float | None | Unset
        if isinstance(self.reduction_pct, Unset):
            reduction_pct = UNSET
        else:
            reduction_pct = self.reduction_pct

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
        if progress is not UNSET:
            field_dict["progress"] = progress
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if original_duration is not UNSET:
            field_dict["original_duration"] = original_duration
        if output_duration is not UNSET:
            field_dict["output_duration"] = output_duration
        if num_cuts is not UNSET:
            field_dict["num_cuts"] = num_cuts
        if reduction_pct is not UNSET:
            field_dict["reduction_pct"] = reduction_pct
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = FillerWordRemovalDetailJobStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        progress = d.pop("progress", UNSET)

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_original_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_duration = _parse_original_duration(d.pop("original_duration", UNSET))

        def _parse_output_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_duration = _parse_output_duration(d.pop("output_duration", UNSET))

        def _parse_num_cuts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_cuts = _parse_num_cuts(d.pop("num_cuts", UNSET))

        def _parse_reduction_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reduction_pct = _parse_reduction_pct(d.pop("reduction_pct", UNSET))

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

        filler_word_removal_detail = cls(
            id=id,
            status=status,
            title=title,
            progress=progress,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            original_duration=original_duration,
            output_duration=output_duration,
            num_cuts=num_cuts,
            reduction_pct=reduction_pct,
            callback_id=callback_id,
            created_at=created_at,
            failure_message=failure_message,
        )

        filler_word_removal_detail.additional_properties = d
        return filler_word_removal_detail

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
