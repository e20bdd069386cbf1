from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_removal_job_layers import BackgroundRemovalJobLayers


T = TypeVar("T", bound="BackgroundRemovalJob")


@_attrs_define
class BackgroundRemovalJob:
    """
    Attributes:
        id (str): Background removal job id. Use it to poll GET /v3/background-removals/{id}.
        status (str): Job status: 'pending' | 'processing' | 'completed' | 'failed' | 'deleted'.
        layers (BackgroundRemovalJobLayers | Unset): Map of produced layer name to a presigned download URL. Populated
            once status is 'completed'.
        duration (float | None | Unset): Processed video duration in seconds.
        created_at (int | None | Unset): Unix timestamp (seconds) when the job was created.
        completed_at (int | None | Unset): Unix timestamp (seconds) when the job completed. Present once completed.
        error (None | str | Unset): Failure reason. Present only when status is 'failed'.
    """

    id: str
    status: str
    layers: BackgroundRemovalJobLayers | Unset = UNSET
    duration: float | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        layers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers.to_dict()

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if layers is not UNSET:
            field_dict["layers"] = layers
        if duration is not UNSET:
            field_dict["duration"] = duration
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_removal_job_layers import BackgroundRemovalJobLayers  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        _layers = d.pop("layers", UNSET)
        layers: BackgroundRemovalJobLayers | Unset
        if isinstance(_layers, Unset):
            layers = UNSET
        else:
            layers = BackgroundRemovalJobLayers.from_dict(_layers)

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        background_removal_job = cls(
            id=id,
            status=status,
            layers=layers,
            duration=duration,
            created_at=created_at,
            completed_at=completed_at,
            error=error,
        )

        background_removal_job.additional_properties = d
        return background_removal_job

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
