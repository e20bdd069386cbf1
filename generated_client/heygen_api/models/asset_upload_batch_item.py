from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_upload_batch_item_upload_headers import (
        AssetUploadBatchItemUploadHeaders,
    )


T = TypeVar("T", bound="AssetUploadBatchItem")


@_attrs_define
class AssetUploadBatchItem:
    """One issued presigned upload slot in the create response.

    Attributes:
        asset_id (str): Reusable asset identifier. Becomes usable after POST /v3/assets/complete/batches finalizes the
            batch.
        upload_url (str): Presigned S3 URL. PUT the raw file bytes here.
        upload_headers (AssetUploadBatchItemUploadHeaders): Headers that must be sent verbatim on the PUT request.
        expires_in_seconds (int): Seconds until the upload URL expires.
        max_bytes (int): Maximum allowed upload size in bytes.
        status (Literal['pending_upload']): Upload lifecycle status. Always 'pending_upload' here.
    """

    asset_id: str
    upload_url: str
    upload_headers: AssetUploadBatchItemUploadHeaders
    expires_in_seconds: int
    max_bytes: int
    status: Literal["pending_upload"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        upload_url = self.upload_url

        upload_headers = self.upload_headers.to_dict()

        expires_in_seconds = self.expires_in_seconds

        max_bytes = self.max_bytes

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "upload_url": upload_url,
                "upload_headers": upload_headers,
                "expires_in_seconds": expires_in_seconds,
                "max_bytes": max_bytes,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_upload_batch_item_upload_headers import (
            AssetUploadBatchItemUploadHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        upload_url = d.pop("upload_url")

        upload_headers = AssetUploadBatchItemUploadHeaders.from_dict(
            d.pop("upload_headers")
        )

        expires_in_seconds = d.pop("expires_in_seconds")

        max_bytes = d.pop("max_bytes")

        status = cast(Literal["pending_upload"], d.pop("status"))
        if status != "pending_upload":
            raise ValueError(
                f"status must match const 'pending_upload', got '{status}'"
            )

        asset_upload_batch_item = cls(
            asset_id=asset_id,
            upload_url=upload_url,
            upload_headers=upload_headers,
            expires_in_seconds=expires_in_seconds,
            max_bytes=max_bytes,
            status=status,
        )

        asset_upload_batch_item.additional_properties = d
        return asset_upload_batch_item

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
