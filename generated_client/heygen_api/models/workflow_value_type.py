from enum import StrEnum


class WorkflowValueType(StrEnum):
    AUDIO = "audio"
    AVATAR = "avatar"
    IMAGE = "image"
    JSON = "json"
    TEXT = "text"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
