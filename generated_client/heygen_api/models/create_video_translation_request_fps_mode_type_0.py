from enum import StrEnum


class CreateVideoTranslationRequestFpsModeType0(StrEnum):
    CFR = "cfr"
    PASSTHROUGH = "passthrough"
    VFR = "vfr"

    def __str__(self) -> str:
        return str(self.value)
