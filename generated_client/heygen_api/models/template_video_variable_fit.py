from enum import StrEnum


class TemplateVideoVariableFit(StrEnum):
    CONTAIN = "contain"
    COVER = "cover"
    CROP = "crop"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
