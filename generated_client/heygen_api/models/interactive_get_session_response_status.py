from enum import StrEnum


class InteractiveGetSessionResponseStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    PROCESSING = "processing"
    REVIEWING = "reviewing"

    def __str__(self) -> str:
        return str(self.value)
