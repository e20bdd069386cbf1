from enum import StrEnum


class HyperframesResolution(StrEnum):
    VALUE_0 = "1080p"
    VALUE_1 = "4k"

    def __str__(self) -> str:
        return str(self.value)
