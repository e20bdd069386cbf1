from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_status_entry_error_type_0 import VideoStatusEntryErrorType0


T = TypeVar("T", bound="VideoStatusEntry")


@_attrs_define
class VideoStatusEntry:
    """
    Attributes:
        status (str): Video status (same values as GET /v1/video_status.get), or not_found for unknown/unowned ids.
        video_id (None | str | Unset): Video id. Null for batch items whose video has not been created yet.
        error (None | Unset | VideoStatusEntryErrorType0): Failure details when status is failed.
        batch_id (None | str | Unset): Set for entries expanded from a batch_id.
        item_index (int | None | Unset): Set for entries expanded from a batch_id, to correlate items without a video_id
            yet.
    """

    status: str
    video_id: None | str | Unset = UNSET
    error: None | Unset | VideoStatusEntryErrorType0 = UNSET
    batch_id: None | str | Unset = UNSET
    item_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_status_entry_error_type_0 import VideoStatusEntryErrorType0  # noqa: PLC0415

        status = self.status

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, VideoStatusEntryErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        item_index: int | None | Unset
        if isinstance(self.item_index, Unset):
            item_index = UNSET
        else:
            item_index = self.item_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if error is not UNSET:
            field_dict["error"] = error
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if item_index is not UNSET:
            field_dict["item_index"] = item_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_status_entry_error_type_0 import VideoStatusEntryErrorType0  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_error(data: object) -> None | Unset | VideoStatusEntryErrorType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoStatusEntryErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoStatusEntryErrorType0, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))

        def _parse_item_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_index = _parse_item_index(d.pop("item_index", UNSET))

        video_status_entry = cls(
            status=status,
            video_id=video_id,
            error=error,
            batch_id=batch_id,
            item_index=item_index,
        )

        video_status_entry.additional_properties = d
        return video_status_entry

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
