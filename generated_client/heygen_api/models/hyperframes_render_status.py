from enum import StrEnum


class HyperframesRenderStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    QUEUED = "queued"
    RENDERING = "rendering"

    def __str__(self) -> str:
        return str(self.value)
