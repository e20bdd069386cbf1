from enum import StrEnum


class WordsEndEventReason(StrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    FINAL_MARKER = "final_marker"
    IDLE_TIMEOUT = "idle_timeout"

    def __str__(self) -> str:
        return str(self.value)
