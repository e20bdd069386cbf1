from enum import StrEnum


class VideoAspectRatio(StrEnum):
    AUTO = "auto"
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"
    VALUE_2 = "4:5"
    VALUE_3 = "5:4"
    VALUE_4 = "1:1"

    def __str__(self) -> str:
        return str(self.value)
