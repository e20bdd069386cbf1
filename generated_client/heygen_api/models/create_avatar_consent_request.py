from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateAvatarConsentRequest")


@_attrs_define
class CreateAvatarConsentRequest:
    """Request body for POST /v3/avatars/{group_id}/consent.

    Attributes:
        reroute_url (None | str | Unset): Callback URL where the user is redirected after completing consent. Defaults
            to HeyGen's consent completion page.
        consent_text (None | str | Unset): Custom consent text rendered on the consent page in place of the default
            HeyGen text. Available as a premium option for select Enterprise customers — e.g. to display co-branded language
            like "I, (Name), hereby allow HeyGen and {Company} to use footage of me...". Plain text only; rendered as text
            (not HTML). The characters `<` and `>` are rejected to prevent stored-HTML injection. To request access, please
            contact our support team.
        consent_video (AssetBase64 | AssetId | AssetUrl | None | Unset): Pre-recorded consent video to submit directly
            instead of visiting the browser consent page — provide as {"type": "url", "url": "https://..."} or {"type":
            "asset_id", "asset_id": "..."}. When supplied, no consent URL is returned and the video is submitted immediately
            for review; reroute_url and consent_text do not apply and cannot be combined with this field. Available only to
            enterprise API customers — contact support to request access.
    """

    reroute_url: None | str | Unset = UNSET
    consent_text: None | str | Unset = UNSET
    consent_video: AssetBase64 | AssetId | AssetUrl | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        reroute_url: None | str | Unset
        if isinstance(self.reroute_url, Unset):
            reroute_url = UNSET
        else:
            reroute_url = self.reroute_url

        consent_text: None | str | Unset
        if isinstance(self.consent_text, Unset):
            consent_text = UNSET
        else:
            consent_text = self.consent_text

        consent_video: dict[str, Any] | None | Unset
        if isinstance(self.consent_video, Unset):
            consent_video = UNSET
        elif isinstance(self.consent_video, AssetUrl):
            consent_video = self.consent_video.to_dict()
        elif isinstance(self.consent_video, AssetId):
            consent_video = self.consent_video.to_dict()
        elif isinstance(self.consent_video, AssetBase64):
            consent_video = self.consent_video.to_dict()
        else:
            consent_video = self.consent_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reroute_url is not UNSET:
            field_dict["reroute_url"] = reroute_url
        if consent_text is not UNSET:
            field_dict["consent_text"] = consent_text
        if consent_video is not UNSET:
            field_dict["consent_video"] = consent_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reroute_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reroute_url = _parse_reroute_url(d.pop("reroute_url", UNSET))

        def _parse_consent_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consent_text = _parse_consent_text(d.pop("consent_text", UNSET))

        def _parse_consent_video(
            data: object,
        ) -> AssetBase64 | AssetId | AssetUrl | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_video_type_0_type_0 = AssetUrl.from_dict(data)

                return consent_video_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_video_type_0_type_1 = AssetId.from_dict(data)

                return consent_video_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consent_video_type_0_type_2 = AssetBase64.from_dict(data)

                return consent_video_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetBase64 | AssetId | AssetUrl | None | Unset, data)

        consent_video = _parse_consent_video(d.pop("consent_video", UNSET))

        create_avatar_consent_request = cls(
            reroute_url=reroute_url,
            consent_text=consent_text,
            consent_video=consent_video,
        )

        create_avatar_consent_request.additional_properties = d
        return create_avatar_consent_request

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
