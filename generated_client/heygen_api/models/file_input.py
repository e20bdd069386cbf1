from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileInput")


@_attrs_define
class FileInput:
    """Input file attachment for video generation.

    Attributes:
        asset_id (str): HeyGen asset ID (from /v1/asset upload endpoint). Supported types: image (png, jpeg), video
            (mp4, webm), pdf.
    """

    asset_id: str

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        file_input = cls(
            asset_id=asset_id,
        )

        return file_input
