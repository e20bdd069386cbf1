from enum import StrEnum


class BillingType(StrEnum):
    SUBSCRIPTION = "subscription"
    USAGE_BASED = "usage_based"
    WALLET = "wallet"

    def __str__(self) -> str:
        return str(self.value)
