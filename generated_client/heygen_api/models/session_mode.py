from enum import StrEnum


class SessionMode(StrEnum):
    CHAT = "chat"
    GENERATE = "generate"

    def __str__(self) -> str:
        return str(self.value)
