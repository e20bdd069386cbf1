from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_upload_item import AssetUploadItem


T = TypeVar("T", bound="CreateAssetUploadBatchRequest")


@_attrs_define
class CreateAssetUploadBatchRequest:
    """
    Attributes:
        files (list[AssetUploadItem]): Files to presign, same shape as POST /v3/assets/direct-uploads. Max 100 per
            batch.
        title (None | str | Unset): Display name for the batch, shown in the HeyGen app.
        callback_url (None | str | Unset): Reserved. Asset completion does not emit a webhook.
    """

    files: list[AssetUploadItem]
    title: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "files": files,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_upload_item import AssetUploadItem  # noqa: PLC0415

        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = AssetUploadItem.from_dict(files_item_data)

            files.append(files_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_asset_upload_batch_request = cls(
            files=files,
            title=title,
            callback_url=callback_url,
        )

        return create_asset_upload_batch_request
