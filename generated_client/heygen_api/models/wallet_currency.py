from enum import StrEnum


class WalletCurrency(StrEnum):
    CREDITS = "credits"
    USD = "usd"

    def __str__(self) -> str:
        return str(self.value)
