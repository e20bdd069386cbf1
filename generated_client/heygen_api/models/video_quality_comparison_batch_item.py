from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.video_quality_comparison_response import (
        VideoQualityComparisonResponse,
    )


T = TypeVar("T", bound="VideoQualityComparisonBatchItem")


@_attrs_define
class VideoQualityComparisonBatchItem:
    """One stable, ordered entry in a comparison batch.

    Attributes:
        item_index (int): Zero-based position of this comparison in the submitted batch.
        comparison (VideoQualityComparisonResponse): A comparison resource returned by synchronous submission or
            polling.
    """

    item_index: int
    comparison: VideoQualityComparisonResponse

    def to_dict(self) -> dict[str, Any]:
        item_index = self.item_index

        comparison = self.comparison.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_index": item_index,
                "comparison": comparison,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_quality_comparison_response import (
            VideoQualityComparisonResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        item_index = d.pop("item_index")

        comparison = VideoQualityComparisonResponse.from_dict(d.pop("comparison"))

        video_quality_comparison_batch_item = cls(
            item_index=item_index,
            comparison=comparison,
        )

        return video_quality_comparison_batch_item
