from enum import StrEnum


class OutputDuration(StrEnum):
    LONG = "long"
    VALUE_0 = "30"
    VALUE_1 = "60"
    VALUE_2 = "180"

    def __str__(self) -> str:
        return str(self.value)
