from enum import StrEnum


class SubscriptionTier(StrEnum):
    BUSINESS_PLUS = "business_plus"
    CREATOR = "creator"
    ENTERPRISE = "enterprise"
    FREE = "free"
    PRO = "pro"
    STARTER = "starter"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
