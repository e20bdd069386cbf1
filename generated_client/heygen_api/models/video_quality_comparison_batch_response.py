from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_quality_job_status import VideoQualityJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_quality_comparison_batch_counts import (
        VideoQualityComparisonBatchCounts,
    )
    from ..models.video_quality_comparison_batch_item import (
        VideoQualityComparisonBatchItem,
    )


T = TypeVar("T", bound="VideoQualityComparisonBatchResponse")


@_attrs_define
class VideoQualityComparisonBatchResponse:
    """Current state and one page of results for an asynchronous batch.

    Attributes:
        batch_id (str): Unique batch identifier.
        status (VideoQualityJobStatus): Lifecycle shared by single comparisons and batches.
        total_items (int): Total comparisons in this batch.
        counts (VideoQualityComparisonBatchCounts): Aggregate batch item counts.
        items (list[VideoQualityComparisonBatchItem]): Stable, ordered page of comparison results.
        has_more (bool): Whether another page of batch items is available.
        next_token (None | str | Unset): Opaque cursor for the next page when has_more is true.
    """

    batch_id: str
    status: VideoQualityJobStatus
    total_items: int
    counts: VideoQualityComparisonBatchCounts
    items: list[VideoQualityComparisonBatchItem]
    has_more: bool
    next_token: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        total_items = self.total_items

        counts = self.counts.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        has_more = self.has_more

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "total_items": total_items,
                "counts": counts,
                "items": items,
                "has_more": has_more,
            }
        )
        if next_token is not UNSET:
            field_dict["next_token"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_quality_comparison_batch_counts import (
            VideoQualityComparisonBatchCounts,  # noqa: PLC0415
        )
        from ..models.video_quality_comparison_batch_item import (
            VideoQualityComparisonBatchItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        status = VideoQualityJobStatus(d.pop("status"))

        total_items = d.pop("total_items")

        counts = VideoQualityComparisonBatchCounts.from_dict(d.pop("counts"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VideoQualityComparisonBatchItem.from_dict(items_item_data)

            items.append(items_item)

        has_more = d.pop("has_more")

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("next_token", UNSET))

        video_quality_comparison_batch_response = cls(
            batch_id=batch_id,
            status=status,
            total_items=total_items,
            counts=counts,
            items=items,
            has_more=has_more,
            next_token=next_token,
        )

        return video_quality_comparison_batch_response
