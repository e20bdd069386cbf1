from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownloadSRTResponse")


@_attrs_define
class DownloadSRTResponse:
    """Response for GET /v3/video-translations/proofreads/{id}/srt.

    Attributes:
        srt_url (str): Presigned URL to download the edited SRT file
        original_srt_url (None | str | Unset): Presigned URL for the original SRT file (if provided at creation)
    """

    srt_url: str
    original_srt_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srt_url = self.srt_url

        original_srt_url: None | str | Unset
        if isinstance(self.original_srt_url, Unset):
            original_srt_url = UNSET
        else:
            original_srt_url = self.original_srt_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "srt_url": srt_url,
            }
        )
        if original_srt_url is not UNSET:
            field_dict["original_srt_url"] = original_srt_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srt_url = d.pop("srt_url")

        def _parse_original_srt_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_srt_url = _parse_original_srt_url(d.pop("original_srt_url", UNSET))

        download_srt_response = cls(
            srt_url=srt_url,
            original_srt_url=original_srt_url,
        )

        download_srt_response.additional_properties = d
        return download_srt_response

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
