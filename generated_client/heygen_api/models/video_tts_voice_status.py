from enum import StrEnum


class VideoTTSVoiceStatus(StrEnum):
    ACTIVE = "ACTIVE"
    FAILED = "FAILED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
