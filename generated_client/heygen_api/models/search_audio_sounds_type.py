from enum import StrEnum


class SearchAudioSoundsType(StrEnum):
    MUSIC = "music"
    SOUND_EFFECTS = "sound_effects"

    def __str__(self) -> str:
        return str(self.value)
