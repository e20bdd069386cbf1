from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_group_item import AvatarGroupItem


T = TypeVar("T", bound="CreateAvatarConsentResponse")


@_attrs_define
class CreateAvatarConsentResponse:
    """Response body for POST /v3/avatars/{group_id}/consent.

    Attributes:
        avatar_group (AvatarGroupItem): A single avatar group in the list response.

            Groups are containers for looks (outfits/styles). To determine avatar type
            and engine compatibility, fetch the looks via GET /v3/avatars/looks.
        url (None | str | Unset): URL to the consent page. The link expires 24 hours after creation and is valid for one
            successful consent submission. A recording submitted after expiry fails and the group stays in pending consent
            status, and an expired link cannot be revived, so create a new consent link if the subject has not recorded
            within 24 hours. Omitted when consent_video was submitted directly.
    """

    avatar_group: AvatarGroupItem
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_group = self.avatar_group.to_dict()

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_group": avatar_group,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_group_item import AvatarGroupItem  # noqa: PLC0415

        d = dict(src_dict)
        avatar_group = AvatarGroupItem.from_dict(d.pop("avatar_group"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        create_avatar_consent_response = cls(
            avatar_group=avatar_group,
            url=url,
        )

        create_avatar_consent_response.additional_properties = d
        return create_avatar_consent_response

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
