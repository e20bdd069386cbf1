from enum import StrEnum


class ExternalCreateVideoAgentSessionRequestOrientationType0(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    def __str__(self) -> str:
        return str(self.value)
