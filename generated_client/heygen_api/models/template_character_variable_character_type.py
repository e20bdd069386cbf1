from enum import StrEnum


class TemplateCharacterVariableCharacterType(StrEnum):
    AVATAR = "avatar"
    TALKING_PHOTO = "talking_photo"

    def __str__(self) -> str:
        return str(self.value)
