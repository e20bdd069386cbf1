from enum import StrEnum


class WorkflowRunOutputDelivery(StrEnum):
    INLINE = "inline"
    REFERENCE = "reference"

    def __str__(self) -> str:
        return str(self.value)
