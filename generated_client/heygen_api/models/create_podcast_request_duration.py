from enum import StrEnum


class CreatePodcastRequestDuration(StrEnum):
    AUTO = "auto"
    VALUE_1 = "1min"
    VALUE_2 = "2min"
    VALUE_3 = "3min"
    VALUE_4 = "5min"

    def __str__(self) -> str:
        return str(self.value)
