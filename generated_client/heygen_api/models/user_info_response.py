from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_type import BillingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_info import SubscriptionInfo
    from ..models.usage_based_info import UsageBasedInfo
    from ..models.wallet_info import WalletInfo


T = TypeVar("T", bound="UserInfoResponse")


@_attrs_define
class UserInfoResponse:
    """
    Attributes:
        username (str):
        email (None | str):
        first_name (None | str):
        last_name (None | str):
        billing_type (BillingType | None | Unset):
        wallet (None | Unset | WalletInfo):
        subscription (None | SubscriptionInfo | Unset):
        usage_based (None | Unset | UsageBasedInfo):
    """

    username: str
    email: None | str
    first_name: None | str
    last_name: None | str
    billing_type: BillingType | None | Unset = UNSET
    wallet: None | Unset | WalletInfo = UNSET
    subscription: None | SubscriptionInfo | Unset = UNSET
    usage_based: None | Unset | UsageBasedInfo = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscription_info import SubscriptionInfo  # noqa: PLC0415
        from ..models.usage_based_info import UsageBasedInfo  # noqa: PLC0415
        from ..models.wallet_info import WalletInfo  # noqa: PLC0415

        username = self.username

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        billing_type: None | str | Unset
        if isinstance(self.billing_type, Unset):
            billing_type = UNSET
        elif isinstance(self.billing_type, BillingType):
            billing_type = self.billing_type.value
        else:
            billing_type = self.billing_type

        wallet: dict[str, Any] | None | Unset
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        elif isinstance(self.wallet, WalletInfo):
            wallet = self.wallet.to_dict()
        else:
            wallet = self.wallet

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, SubscriptionInfo):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        usage_based: dict[str, Any] | None | Unset
        if isinstance(self.usage_based, Unset):
            usage_based = UNSET
        elif isinstance(self.usage_based, UsageBasedInfo):
            usage_based = self.usage_based.to_dict()
        else:
            usage_based = self.usage_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if usage_based is not UNSET:
            field_dict["usage_based"] = usage_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_info import SubscriptionInfo  # noqa: PLC0415
        from ..models.usage_based_info import UsageBasedInfo  # noqa: PLC0415
        from ..models.wallet_info import WalletInfo  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("first_name"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        def _parse_billing_type(data: object) -> BillingType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_type_type_0 = BillingType(data)

                return billing_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingType | None | Unset, data)

        billing_type = _parse_billing_type(d.pop("billing_type", UNSET))

        def _parse_wallet(data: object) -> None | Unset | WalletInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wallet_type_0 = WalletInfo.from_dict(data)

                return wallet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletInfo, data)

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        def _parse_subscription(data: object) -> None | SubscriptionInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = SubscriptionInfo.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionInfo | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_usage_based(data: object) -> None | Unset | UsageBasedInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_based_type_0 = UsageBasedInfo.from_dict(data)

                return usage_based_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageBasedInfo, data)

        usage_based = _parse_usage_based(d.pop("usage_based", UNSET))

        user_info_response = cls(
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            billing_type=billing_type,
            wallet=wallet,
            subscription=subscription,
            usage_based=usage_based,
        )

        user_info_response.additional_properties = d
        return user_info_response

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
