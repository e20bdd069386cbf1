from enum import StrEnum


class CaptionFileFormat(StrEnum):
    SRT = "srt"

    def __str__(self) -> str:
        return str(self.value)
