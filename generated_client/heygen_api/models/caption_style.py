from enum import StrEnum


class CaptionStyle(StrEnum):
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
