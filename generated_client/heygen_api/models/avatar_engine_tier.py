from enum import StrEnum


class AvatarEngineTier(StrEnum):
    AVATAR_III = "avatar_iii"
    AVATAR_IV = "avatar_iv"
    AVATAR_V = "avatar_v"

    def __str__(self) -> str:
        return str(self.value)
