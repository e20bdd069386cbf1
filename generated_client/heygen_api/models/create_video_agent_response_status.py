from enum import StrEnum


class CreateVideoAgentResponseStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    THINKING = "thinking"

    def __str__(self) -> str:
        return str(self.value)
