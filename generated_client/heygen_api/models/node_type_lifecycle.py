from enum import StrEnum


class NodeTypeLifecycle(StrEnum):
    AVAILABLE = "available"
    DEPRECATED = "deprecated"

    def __str__(self) -> str:
        return str(self.value)
