from enum import StrEnum


class VideoQualityQuestionId(StrEnum):
    COMPOSITION = "composition"
    CRAFT = "craft"
    ENGAGEMENT = "engagement"
    PROMPT_INTENT = "prompt_intent"
    Q1 = "q1"
    TEMPORAL_CONSISTENCY = "temporal_consistency"

    def __str__(self) -> str:
        return str(self.value)
