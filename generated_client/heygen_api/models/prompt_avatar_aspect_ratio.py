from enum import StrEnum


class PromptAvatarAspectRatio(StrEnum):
    AUTO = "auto"
    VALUE_1 = "16:9"
    VALUE_2 = "9:16"
    VALUE_3 = "1:1"
    VALUE_4 = "4:5"
    VALUE_5 = "5:4"

    def __str__(self) -> str:
        return str(self.value)
