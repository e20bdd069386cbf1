from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_tier import SubscriptionTier

if TYPE_CHECKING:
    from ..models.subscription_credits import SubscriptionCredits


T = TypeVar("T", bound="SubscriptionInfo")


@_attrs_define
class SubscriptionInfo:
    """
    Attributes:
        plan (SubscriptionTier):
        credits_ (SubscriptionCredits):
    """

    plan: SubscriptionTier
    credits_: SubscriptionCredits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan.value

        credits_ = self.credits_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "credits": credits_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_credits import SubscriptionCredits  # noqa: PLC0415

        d = dict(src_dict)
        plan = SubscriptionTier(d.pop("plan"))

        credits_ = SubscriptionCredits.from_dict(d.pop("credits"))

        subscription_info = cls(
            plan=plan,
            credits_=credits_,
        )

        subscription_info.additional_properties = d
        return subscription_info

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
