from enum import StrEnum


class GetSessionResponseStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    REVIEWING = "reviewing"
    THINKING = "thinking"
    WAITING_FOR_INPUT = "waiting_for_input"

    def __str__(self) -> str:
        return str(self.value)
