from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_upload_batch_item import AssetUploadBatchItem


T = TypeVar("T", bound="CreateAssetUploadBatchResponse")


@_attrs_define
class CreateAssetUploadBatchResponse:
    """
    Attributes:
        batch_id (str): Identifier of the created batch. Pass to POST /v3/assets/complete/batches once all files are
            uploaded.
        items (list[AssetUploadBatchItem]): One presigned upload slot per requested file, in the submitted order.
    """

    batch_id: str
    items: list[AssetUploadBatchItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_upload_batch_item import AssetUploadBatchItem  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AssetUploadBatchItem.from_dict(items_item_data)

            items.append(items_item)

        create_asset_upload_batch_response = cls(
            batch_id=batch_id,
            items=items,
        )

        create_asset_upload_batch_response.additional_properties = d
        return create_asset_upload_batch_response

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
