from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VideoQualityComparisonError")


@_attrs_define
class VideoQualityComparisonError:
    """Terminal per-comparison error returned by polling endpoints.

    Attributes:
        code (str): Stable machine-readable failure code.
        message (str): Human-readable explanation of the comparison failure.
    """

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        video_quality_comparison_error = cls(
            code=code,
            message=message,
        )

        return video_quality_comparison_error
