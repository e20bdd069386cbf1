from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CompleteAssetBatchRequest")


@_attrs_define
class CompleteAssetBatchRequest:
    """Finalize every uploaded file in a batch (POST /v3/assets/complete/batches).

    Attributes:
        batch_id (str): Identifier returned by POST /v3/assets/direct-uploads/batches.
    """

    batch_id: str

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "batch_id": batch_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        complete_asset_batch_request = cls(
            batch_id=batch_id,
        )

        return complete_asset_batch_request
