from enum import StrEnum


class ModelAudioVoiceMode(StrEnum):
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)
