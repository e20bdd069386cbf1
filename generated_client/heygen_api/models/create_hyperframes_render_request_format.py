from enum import StrEnum


class CreateHyperframesRenderRequestFormat(StrEnum):
    MOV = "mov"
    MP4 = "mp4"
    WEBM = "webm"

    def __str__(self) -> str:
        return str(self.value)
