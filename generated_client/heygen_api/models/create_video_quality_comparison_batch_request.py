from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.video_quality_comparison_request import VideoQualityComparisonRequest


T = TypeVar("T", bound="CreateVideoQualityComparisonBatchRequest")


@_attrs_define
class CreateVideoQualityComparisonBatchRequest:
    """Request body for asynchronous batch submission.

    Attributes:
        comparisons (list[VideoQualityComparisonRequest]): One to 100 pairwise comparisons.
    """

    comparisons: list[VideoQualityComparisonRequest]

    def to_dict(self) -> dict[str, Any]:
        comparisons = []
        for comparisons_item_data in self.comparisons:
            comparisons_item = comparisons_item_data.to_dict()
            comparisons.append(comparisons_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comparisons": comparisons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_quality_comparison_request import (
            VideoQualityComparisonRequest,  # noqa: PLC0415
        )

        d = dict(src_dict)
        comparisons = []
        _comparisons = d.pop("comparisons")
        for comparisons_item_data in _comparisons:
            comparisons_item = VideoQualityComparisonRequest.from_dict(
                comparisons_item_data
            )

            comparisons.append(comparisons_item)

        create_video_quality_comparison_batch_request = cls(
            comparisons=comparisons,
        )

        return create_video_quality_comparison_batch_request
