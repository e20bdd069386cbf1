from enum import StrEnum


class GetVideoTranslateCaptionCaptionType(StrEnum):
    SRT = "srt"
    VTT = "vtt"

    def __str__(self) -> str:
        return str(self.value)
