from enum import StrEnum


class PublicWorkflowRunStatus(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    PARTIAL = "partial"
    PENDING = "pending"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
