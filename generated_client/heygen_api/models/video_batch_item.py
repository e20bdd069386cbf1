from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_item_status import BatchItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_batch_item_error_type_0 import VideoBatchItemErrorType0


T = TypeVar("T", bound="VideoBatchItem")


@_attrs_define
class VideoBatchItem:
    """
    Attributes:
        item_index (int): Zero-based position of this item in the submitted videos array.
        status (BatchItemStatus):
        video_id (None | str | Unset): Video id, present once the underlying video has been created.
        error (None | Unset | VideoBatchItemErrorType0): Failure details when status is failed.
    """

    item_index: int
    status: BatchItemStatus
    video_id: None | str | Unset = UNSET
    error: None | Unset | VideoBatchItemErrorType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_batch_item_error_type_0 import VideoBatchItemErrorType0  # noqa: PLC0415

        item_index = self.item_index

        status = self.status.value

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, VideoBatchItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_index": item_index,
                "status": status,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_batch_item_error_type_0 import VideoBatchItemErrorType0  # noqa: PLC0415

        d = dict(src_dict)
        item_index = d.pop("item_index")

        status = BatchItemStatus(d.pop("status"))

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_error(data: object) -> None | Unset | VideoBatchItemErrorType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoBatchItemErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoBatchItemErrorType0, data)

        error = _parse_error(d.pop("error", UNSET))

        video_batch_item = cls(
            item_index=item_index,
            status=status,
            video_id=video_id,
            error=error,
        )

        video_batch_item.additional_properties = d
        return video_batch_item

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
