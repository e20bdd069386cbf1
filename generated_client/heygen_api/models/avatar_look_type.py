from enum import StrEnum


class AvatarLookType(StrEnum):
    DIGITAL_TWIN = "digital_twin"
    PHOTO_AVATAR = "photo_avatar"
    STUDIO_AVATAR = "studio_avatar"

    def __str__(self) -> str:
        return str(self.value)
