from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_setting_type import BackgroundSettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundSetting")


@_attrs_define
class BackgroundSetting:
    """Background configuration for the generated video.

    Attributes:
        type_ (BackgroundSettingType): Background type. 'color' uses a solid hex color; 'image' uses an image from url
            or asset_id.
        value (None | str | Unset): Hex color code (e.g. '#ff0000'). Required when type is 'color'.
        url (None | str | Unset): URL of the background image. Used when type is 'image'. Mutually exclusive with
            asset_id.
        asset_id (None | str | Unset): HeyGen asset ID of the background image. Used when type is 'image'. Mutually
            exclusive with url.
    """

    type_: BackgroundSettingType
    value: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = BackgroundSettingType(d.pop("type"))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        background_setting = cls(
            type_=type_,
            value=value,
            url=url,
            asset_id=asset_id,
        )

        background_setting.additional_properties = d
        return background_setting

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
