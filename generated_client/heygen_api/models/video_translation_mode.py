from enum import StrEnum


class VideoTranslationMode(StrEnum):
    PRECISION = "precision"
    SPEED = "speed"

    def __str__(self) -> str:
        return str(self.value)
