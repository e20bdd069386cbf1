from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAssetV3Response")


@_attrs_define
class GetAssetV3Response:
    """Response payload for GET /v3/assets/{asset_id} and items of GET /v3/assets.

    Attributes:
        id (str): Unique asset identifier.
        name (str): Display name of the asset — the original filename for API uploads.
        type_ (str): Asset file type (e.g. 'image', 'video', 'audio', 'font').
        owner (str): Username of the asset owner.
        space_id (str): Identifier of the space the asset belongs to.
        uploaded_at (int): Unix timestamp (seconds) of when the asset was uploaded.
        folder_id (None | str | Unset): Identifier of the folder the asset is stored in. Null if the asset is at the
            space root.
        url (None | str | Unset): Publicly accessible URL for the asset. Null if no URL can be generated.
    """

    id: str
    name: str
    type_: str
    owner: str
    space_id: str
    uploaded_at: int
    folder_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        owner = self.owner

        space_id = self.space_id

        uploaded_at = self.uploaded_at

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "owner": owner,
                "space_id": space_id,
                "uploaded_at": uploaded_at,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        owner = d.pop("owner")

        space_id = d.pop("space_id")

        uploaded_at = d.pop("uploaded_at")

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        get_asset_v3_response = cls(
            id=id,
            name=name,
            type_=type_,
            owner=owner,
            space_id=space_id,
            uploaded_at=uploaded_at,
            folder_id=folder_id,
            url=url,
        )

        get_asset_v3_response.additional_properties = d
        return get_asset_v3_response

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
