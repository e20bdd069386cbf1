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
