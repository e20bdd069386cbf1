from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_pool import CreditPool


T = TypeVar("T", bound="SubscriptionCredits")


@_attrs_define
class SubscriptionCredits:
    """
    Attributes:
        premium_credits (CreditPool | None | Unset):
        add_on_credits (CreditPool | None | Unset):
    """

    premium_credits: CreditPool | None | Unset = UNSET
    add_on_credits: CreditPool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_pool import CreditPool  # noqa: PLC0415

        premium_credits: dict[str, Any] | None | Unset
        if isinstance(self.premium_credits, Unset):
            premium_credits = UNSET
        elif isinstance(self.premium_credits, CreditPool):
            premium_credits = self.premium_credits.to_dict()
        else:
            premium_credits = self.premium_credits

        add_on_credits: dict[str, Any] | None | Unset
        if isinstance(self.add_on_credits, Unset):
            add_on_credits = UNSET
        elif isinstance(self.add_on_credits, CreditPool):
            add_on_credits = self.add_on_credits.to_dict()
        else:
            add_on_credits = self.add_on_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if premium_credits is not UNSET:
            field_dict["premium_credits"] = premium_credits
        if add_on_credits is not UNSET:
            field_dict["add_on_credits"] = add_on_credits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_pool import CreditPool  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_premium_credits(data: object) -> CreditPool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                premium_credits_type_0 = CreditPool.from_dict(data)

                return premium_credits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditPool | None | Unset, data)

        premium_credits = _parse_premium_credits(d.pop("premium_credits", UNSET))

        def _parse_add_on_credits(data: object) -> CreditPool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                add_on_credits_type_0 = CreditPool.from_dict(data)

                return add_on_credits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditPool | None | Unset, data)

        add_on_credits = _parse_add_on_credits(d.pop("add_on_credits", UNSET))

        subscription_credits = cls(
            premium_credits=premium_credits,
            add_on_credits=add_on_credits,
        )

        subscription_credits.additional_properties = d
        return subscription_credits

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
