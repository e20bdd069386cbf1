from enum import StrEnum


class AudioContentType(StrEnum):
    MUSIC = "music"
    SOUND_EFFECTS = "sound_effects"

    def __str__(self) -> str:
        return str(self.value)
