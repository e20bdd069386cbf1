from enum import StrEnum


class CreatePodcastRequestLayout(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    def __str__(self) -> str:
        return str(self.value)
