from enum import StrEnum


class CaptionStylePreset(StrEnum):
    BLOCK_DARK = "block_dark"
    BOLD = "bold"
    CHUNKY = "chunky"
    CLEAN = "clean"
    ELEGANT = "elegant"
    ENERGY = "energy"
    EXOTIC = "exotic"
    GOLDEN = "golden"
    MODERN_BOXED = "modern_boxed"
    MODERN_DARK = "modern_dark"
    NEON_PINK = "neon_pink"
    OUTLINE_CLASSIC = "outline_classic"
    POP_PURPLE = "pop_purple"
    POP_SINGLE = "pop_single"
    RACING = "racing"
    RETRO_GOLD = "retro_gold"
    SHADOW_LIME = "shadow_lime"
    SHADOW_MINT = "shadow_mint"
    SIMPLE = "simple"
    SPOTLIGHT = "spotlight"
    STAMP_RED = "stamp_red"
    SUBTLE_CYAN = "subtle_cyan"
    SUBTLE_GRAY = "subtle_gray"
    TAG_YELLOW = "tag_yellow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CaptionStylePreset | None":
        """Keep a value the spec does not list, as a member of its own named by its value."""
        # Anything but a string is still an error.
        if not isinstance(value, str):
            return None
        # A str of this type: equal to the string HeyGen sent, and typed as this enum.
        member = str.__new__(cls, value)
        # Its name, repr and .value all read as HeyGen sent it.
        member._name_ = member._value_ = value
        # One member per value, kept as Enum keeps Flag's pseudo-members.
        found = cls._value2member_map_.setdefault(value, member)
        return (
            found if isinstance(found, cls) else member
        )  # (the map is typed as any Enum)
