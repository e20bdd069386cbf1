from enum import StrEnum


class TemplateVideoVariablePlayStyle(StrEnum):
    FIT_TO_SCENE = "fit_to_scene"
    FREEZE = "freeze"
    FULL_VIDEO = "full_video"
    LOOP = "loop"
    ONCE = "once"

    def __str__(self) -> str:
        return str(self.value)
