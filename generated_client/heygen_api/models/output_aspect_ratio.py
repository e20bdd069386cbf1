from enum import StrEnum


class OutputAspectRatio(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"
    SQUARE = "square"

    def __str__(self) -> str:
        return str(self.value)
