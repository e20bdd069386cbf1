from enum import StrEnum


class FishModel(StrEnum):
    S1 = "s1"
    S2_PRO = "s2-pro"

    def __str__(self) -> str:
        return str(self.value)
