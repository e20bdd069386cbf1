from enum import StrEnum


class BackgroundSettingType(StrEnum):
    COLOR = "color"
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
