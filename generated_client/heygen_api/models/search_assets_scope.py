from enum import StrEnum


class SearchAssetsScope(StrEnum):
    PERSONAL = "personal"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
