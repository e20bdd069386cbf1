from enum import StrEnum


class BrandKitDetailStatus(StrEnum):
    COMPLETED = "completed"
    ERROR = "error"
    LOADING = "loading"

    def __str__(self) -> str:
        return str(self.value)
