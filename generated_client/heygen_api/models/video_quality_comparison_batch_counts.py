from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VideoQualityComparisonBatchCounts")


@_attrs_define
class VideoQualityComparisonBatchCounts:
    """Aggregate batch item counts.

    Attributes:
        processing (int): Number of comparisons still processing.
        completed (int): Number of successfully completed comparisons.
        failed (int): Number of terminally failed comparisons.
    """

    processing: int
    completed: int
    failed: int

    def to_dict(self) -> dict[str, Any]:
        processing = self.processing

        completed = self.completed

        failed = self.failed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "processing": processing,
                "completed": completed,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing = d.pop("processing")

        completed = d.pop("completed")

        failed = d.pop("failed")

        video_quality_comparison_batch_counts = cls(
            processing=processing,
            completed=completed,
            failed=failed,
        )

        return video_quality_comparison_batch_counts
