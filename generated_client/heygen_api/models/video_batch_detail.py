from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_batch_detail_counts_by_status import (
        VideoBatchDetailCountsByStatus,
    )
    from ..models.video_batch_item import VideoBatchItem


T = TypeVar("T", bound="VideoBatchDetail")


@_attrs_define
class VideoBatchDetail:
    """
    Attributes:
        batch_id (str): Batch identifier.
        status (BatchStatus):
        total_items (int): Number of items submitted in this batch.
        counts_by_status (VideoBatchDetailCountsByStatus): Item counts keyed by item status.
        created_at (int): Batch creation time as a unix timestamp.
        items (list[VideoBatchItem]): One page of batch items ordered by item_index.
        has_more (bool): Whether more items exist beyond this page.
        title (None | str | Unset): Batch display name.
        next_token (None | str | Unset): Opaque cursor for the next page of items.
    """

    batch_id: str
    status: BatchStatus
    total_items: int
    counts_by_status: VideoBatchDetailCountsByStatus
    created_at: int
    items: list[VideoBatchItem]
    has_more: bool
    title: None | str | Unset = UNSET
    next_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        status = self.status.value

        total_items = self.total_items

        counts_by_status = self.counts_by_status.to_dict()

        created_at = self.created_at

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        has_more = self.has_more

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "total_items": total_items,
                "counts_by_status": counts_by_status,
                "created_at": created_at,
                "items": items,
                "has_more": has_more,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if next_token is not UNSET:
            field_dict["next_token"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_batch_detail_counts_by_status import (
            VideoBatchDetailCountsByStatus,  # noqa: PLC0415
        )
        from ..models.video_batch_item import VideoBatchItem  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        status = BatchStatus(d.pop("status"))

        total_items = d.pop("total_items")

        counts_by_status = VideoBatchDetailCountsByStatus.from_dict(
            d.pop("counts_by_status")
        )

        created_at = d.pop("created_at")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VideoBatchItem.from_dict(items_item_data)

            items.append(items_item)

        has_more = d.pop("has_more")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("next_token", UNSET))

        video_batch_detail = cls(
            batch_id=batch_id,
            status=status,
            total_items=total_items,
            counts_by_status=counts_by_status,
            created_at=created_at,
            items=items,
            has_more=has_more,
            title=title,
            next_token=next_token,
        )

        video_batch_detail.additional_properties = d
        return video_batch_detail

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
