from enum import StrEnum


class VoiceDetailV3StatusType0(StrEnum):
    COMPLETE = "complete"
    FAILED = "failed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
