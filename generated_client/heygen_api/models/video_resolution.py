from enum import StrEnum


class VideoResolution(StrEnum):
    VALUE_0 = "4k"
    VALUE_1 = "1080p"
    VALUE_2 = "720p"

    def __str__(self) -> str:
        return str(self.value)
