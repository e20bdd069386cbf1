from enum import StrEnum


class AvatarRealtimeStatusResponseStatus(StrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    PENDING = "pending"
    STREAMING = "streaming"

    def __str__(self) -> str:
        return str(self.value)
