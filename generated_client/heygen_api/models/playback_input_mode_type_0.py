from enum import StrEnum


class PlaybackInputModeType0(StrEnum):
    FIT_TO_SCENE = "fit_to_scene"
    FREEZE = "freeze"
    LOOP = "loop"

    def __str__(self) -> str:
        return str(self.value)
