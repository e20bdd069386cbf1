from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info_response import UserInfoResponse


T = TypeVar("T", bound="GetUserMeResponse200")


@_attrs_define
class GetUserMeResponse200:
    """
    Attributes:
        code (int | Unset): API status code (100 = success) Example: 100.
        data (UserInfoResponse | Unset):
        message (None | str | Unset):
    """

    code: int | Unset = UNSET
    data: UserInfoResponse | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info_response import UserInfoResponse  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: UserInfoResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UserInfoResponse.from_dict(_data)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        get_user_me_response_200 = cls(
            code=code,
            data=data,
            message=message,
        )

        get_user_me_response_200.additional_properties = d
        return get_user_me_response_200

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
