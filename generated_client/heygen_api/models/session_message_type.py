from enum import StrEnum


class SessionMessageType(StrEnum):
    ERROR = "error"
    RESOURCE = "resource"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
