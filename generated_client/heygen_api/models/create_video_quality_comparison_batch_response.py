from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.video_quality_job_status import VideoQualityJobStatus

T = TypeVar("T", bound="CreateVideoQualityComparisonBatchResponse")


@_attrs_define
class CreateVideoQualityComparisonBatchResponse:
    """Accepted asynchronous batch.

    Attributes:
        batch_id (str): Unique batch identifier used for polling.
        status (VideoQualityJobStatus): Lifecycle shared by single comparisons and batches.
        total_items (int): Number of comparisons accepted in the batch.
    """

    batch_id: str
    status: VideoQualityJobStatus
    total_items: int

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        total_items = self.total_items

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "total_items": total_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        status = VideoQualityJobStatus(d.pop("status"))

        total_items = d.pop("total_items")

        create_video_quality_comparison_batch_response = cls(
            batch_id=batch_id,
            status=status,
            total_items=total_items,
        )

        return create_video_quality_comparison_batch_response
