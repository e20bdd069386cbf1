from enum import StrEnum


class MCPVideoTranslateCreateRequestMode(StrEnum):
    PRECISION = "precision"
    SPEED = "speed"

    def __str__(self) -> str:
        return str(self.value)
