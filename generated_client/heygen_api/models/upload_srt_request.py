from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="UploadSRTRequest")


@_attrs_define
class UploadSRTRequest:
    """Request body for PUT /v3/video-translations/proofreads/{id}/srt.

    Attributes:
        srt (AssetId | AssetUrl): SRT file — provide as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}
    """

    srt: AssetId | AssetUrl

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        srt: dict[str, Any]
        if isinstance(self.srt, AssetUrl):
            srt = self.srt.to_dict()
        else:
            srt = self.srt.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "srt": srt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_srt(data: object) -> AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                srt_type_0 = AssetUrl.from_dict(data)

                return srt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            srt_type_1 = AssetId.from_dict(data)

            return srt_type_1

        srt = _parse_srt(d.pop("srt"))

        upload_srt_request = cls(
            srt=srt,
        )

        return upload_srt_request
