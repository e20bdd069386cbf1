from enum import StrEnum


class TemplateImageVariableFit(StrEnum):
    CONTAIN = "contain"
    COVER = "cover"
    CROP = "crop"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
