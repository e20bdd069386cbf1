from enum import StrEnum


class SearchAssetsType(StrEnum):
    ICON = "icon"
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
