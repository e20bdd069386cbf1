from enum import StrEnum


class InteractiveCreateSessionRequestOrientationType0(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    def __str__(self) -> str:
        return str(self.value)
