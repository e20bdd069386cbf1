from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUploadItem")


@_attrs_define
class AssetUploadItem:
    """One requested file in a create-upload-batch call.

    Attributes:
        filename (str): Original filename for reference/metadata. The stored object's extension is derived from
            content_type.
        content_type (str): Declared MIME type (e.g. 'video/mp4', 'image/png', 'audio/mpeg', 'application/pdf').
            Verified against the stored bytes when the batch is completed.
        size_bytes (int): Exact byte size of the file. Signed into the upload URL so it cannot be exceeded.
        checksum_sha256 (None | str | Unset): Optional SHA256 of the file as hex. When provided, S3 enforces it on
            upload.
    """

    filename: str
    content_type: str
    size_bytes: int
    checksum_sha256: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        checksum_sha256: None | str | Unset
        if isinstance(self.checksum_sha256, Unset):
            checksum_sha256 = UNSET
        else:
            checksum_sha256 = self.checksum_sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
            }
        )
        if checksum_sha256 is not UNSET:
            field_dict["checksum_sha256"] = checksum_sha256

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        def _parse_checksum_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum_sha256 = _parse_checksum_sha256(d.pop("checksum_sha256", UNSET))

        asset_upload_item = cls(
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            checksum_sha256=checksum_sha256,
        )

        return asset_upload_item
