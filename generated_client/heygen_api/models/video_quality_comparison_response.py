from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_quality_job_status import VideoQualityJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_quality_comparison_error import VideoQualityComparisonError
    from ..models.video_quality_comparison_result import VideoQualityComparisonResult


T = TypeVar("T", bound="VideoQualityComparisonResponse")


@_attrs_define
class VideoQualityComparisonResponse:
    """A comparison resource returned by synchronous submission or polling.

    Attributes:
        comparison_id (str): Unique comparison identifier used for polling.
        status (VideoQualityJobStatus): Lifecycle shared by single comparisons and batches.
        result (None | Unset | VideoQualityComparisonResult): Judge result, present only when status is completed.
        error (None | Unset | VideoQualityComparisonError): Terminal failure details, present only when status is
            failed.
    """

    comparison_id: str
    status: VideoQualityJobStatus
    result: None | Unset | VideoQualityComparisonResult = UNSET
    error: None | Unset | VideoQualityComparisonError = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_quality_comparison_error import VideoQualityComparisonError  # noqa: PLC0415
        from ..models.video_quality_comparison_result import (
            VideoQualityComparisonResult,  # noqa: PLC0415
        )

        comparison_id = self.comparison_id

        status = self.status.value

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, VideoQualityComparisonResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, VideoQualityComparisonError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comparison_id": comparison_id,
                "status": status,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_quality_comparison_error import VideoQualityComparisonError  # noqa: PLC0415
        from ..models.video_quality_comparison_result import (
            VideoQualityComparisonResult,  # noqa: PLC0415
        )

        d = dict(src_dict)
        comparison_id = d.pop("comparison_id")

        status = VideoQualityJobStatus(d.pop("status"))

        def _parse_result(data: object) -> None | Unset | VideoQualityComparisonResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = VideoQualityComparisonResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoQualityComparisonResult, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_error(data: object) -> None | Unset | VideoQualityComparisonError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoQualityComparisonError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoQualityComparisonError, data)

        error = _parse_error(d.pop("error", UNSET))

        video_quality_comparison_response = cls(
            comparison_id=comparison_id,
            status=status,
            result=result,
            error=error,
        )

        return video_quality_comparison_response
