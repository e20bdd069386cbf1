from enum import StrEnum


class CreateVideoAgentRequestOrientationType0(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    def __str__(self) -> str:
        return str(self.value)
