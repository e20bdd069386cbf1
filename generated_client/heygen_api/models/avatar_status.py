from enum import StrEnum


class AvatarStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING_CONSENT = "pending_consent"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
