from enum import StrEnum


class ElevenLabsModel(StrEnum):
    ELEVEN_FLASH_V2_5 = "eleven_flash_v2_5"
    ELEVEN_MULTILINGUAL_V2 = "eleven_multilingual_v2"
    ELEVEN_TURBO_V2_5 = "eleven_turbo_v2_5"
    ELEVEN_V3 = "eleven_v3"

    def __str__(self) -> str:
        return str(self.value)
