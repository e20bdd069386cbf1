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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreatePhotoAvatarRequest")


@_attrs_define
class CreatePhotoAvatarRequest:
    """
    Attributes:
        type_ (Literal['photo']): Must be 'photo' for photo-based avatars.
        name (str): Name of the avatar.
        file (AssetBase64 | AssetId | AssetUrl): Photo asset of the avatar — provide as {"type": "url", "url":
            "https://..."} or {"type": "asset_id", "asset_id": "..."}
        avatar_group_id (None | str | Unset): Optional identity you would like to attach the photo avatar to. By default
            it will create a new identity.
    """

    type_: Literal["photo"]
    name: str
    file: AssetBase64 | AssetId | AssetUrl
    avatar_group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        type_ = self.type_

        name = self.name

        file: dict[str, Any]
        if isinstance(self.file, AssetUrl):
            file = self.file.to_dict()
        elif isinstance(self.file, AssetId):
            file = self.file.to_dict()
        else:
            file = self.file.to_dict()

        avatar_group_id: None | str | Unset
        if isinstance(self.avatar_group_id, Unset):
            avatar_group_id = UNSET
        else:
            avatar_group_id = self.avatar_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "file": file,
            }
        )
        if avatar_group_id is not UNSET:
            field_dict["avatar_group_id"] = avatar_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["photo"], d.pop("type"))
        if type_ != "photo":
            raise ValueError(f"type must match const 'photo', got '{type_}'")

        name = d.pop("name")

        def _parse_file(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = AssetUrl.from_dict(data)

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_1 = AssetId.from_dict(data)

                return file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            file_type_2 = AssetBase64.from_dict(data)

            return file_type_2

        file = _parse_file(d.pop("file"))

        def _parse_avatar_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_group_id = _parse_avatar_group_id(d.pop("avatar_group_id", UNSET))

        create_photo_avatar_request = cls(
            type_=type_,
            name=name,
            file=file,
            avatar_group_id=avatar_group_id,
        )

        create_photo_avatar_request.additional_properties = d
        return create_photo_avatar_request

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
