from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.video_quality_comparison_result_winner_side import (
    VideoQualityComparisonResultWinnerSide,
)
from ..models.video_quality_question_id import VideoQualityQuestionId

T = TypeVar("T", bound="VideoQualityComparisonResult")


@_attrs_define
class VideoQualityComparisonResult:
    """Completed pairwise judge result.

    Attributes:
        model_a (str): Caller-supplied identifier for video A's model.
        model_b (str): Caller-supplied identifier for video B's model.
        winner (str): Winning caller-supplied model identifier.
        winner_side (VideoQualityComparisonResultWinnerSide): Winning candidate side: 'a' or 'b'.
        confidence (float): Winning-side probability derived from the pairwise judge.
        question_id (VideoQualityQuestionId): Supported C2V judge questions.
        judge_model_version (str): Exact judge model version used for this comparison.
    """

    model_a: str
    model_b: str
    winner: str
    winner_side: VideoQualityComparisonResultWinnerSide
    confidence: float
    question_id: VideoQualityQuestionId
    judge_model_version: str

    def to_dict(self) -> dict[str, Any]:
        model_a = self.model_a

        model_b = self.model_b

        winner = self.winner

        winner_side = self.winner_side.value

        confidence = self.confidence

        question_id = self.question_id.value

        judge_model_version = self.judge_model_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_a": model_a,
                "model_b": model_b,
                "winner": winner,
                "winner_side": winner_side,
                "confidence": confidence,
                "question_id": question_id,
                "judge_model_version": judge_model_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_a = d.pop("model_a")

        model_b = d.pop("model_b")

        winner = d.pop("winner")

        winner_side = VideoQualityComparisonResultWinnerSide(d.pop("winner_side"))

        confidence = d.pop("confidence")

        question_id = VideoQualityQuestionId(d.pop("question_id"))

        judge_model_version = d.pop("judge_model_version")

        video_quality_comparison_result = cls(
            model_a=model_a,
            model_b=model_b,
            winner=winner,
            winner_side=winner_side,
            confidence=confidence,
            question_id=question_id,
            judge_model_version=judge_model_version,
        )

        return video_quality_comparison_result
