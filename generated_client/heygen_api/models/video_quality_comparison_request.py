from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_quality_question_id import VideoQualityQuestionId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="VideoQualityComparisonRequest")


@_attrs_define
class VideoQualityComparisonRequest:
    """One pairwise video comparison.

    Attributes:
        prompt (str): Prompt used to generate both candidate videos. This provides request context, but scoring is
            selected by question_id and does not condition on this free-form prompt.
        model_a (str): Caller-supplied identifier for the model that generated video A.
        model_b (str): Caller-supplied identifier for the model that generated video B.
        video_a (AssetBase64 | AssetId | AssetUrl): Video A as a public URL, HeyGen asset ID, or base64-encoded video.
        video_b (AssetBase64 | AssetId | AssetUrl): Video B as a public URL, HeyGen asset ID, or base64-encoded video.
        question_id (VideoQualityQuestionId): Supported C2V judge questions.
        judge_model_version (None | str | Unset): Allowlisted dated judge model name. Omit to use the active server-
            configured version.
    """

    prompt: str
    model_a: str
    model_b: str
    video_a: AssetBase64 | AssetId | AssetUrl
    video_b: AssetBase64 | AssetId | AssetUrl
    question_id: VideoQualityQuestionId
    judge_model_version: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        prompt = self.prompt

        model_a = self.model_a

        model_b = self.model_b

        video_a: dict[str, Any]
        if isinstance(self.video_a, AssetUrl):
            video_a = self.video_a.to_dict()
        elif isinstance(self.video_a, AssetId):
            video_a = self.video_a.to_dict()
        else:
            video_a = self.video_a.to_dict()

        video_b: dict[str, Any]
        if isinstance(self.video_b, AssetUrl):
            video_b = self.video_b.to_dict()
        elif isinstance(self.video_b, AssetId):
            video_b = self.video_b.to_dict()
        else:
            video_b = self.video_b.to_dict()

        question_id = self.question_id.value

        judge_model_version: None | str | Unset
        if isinstance(self.judge_model_version, Unset):
            judge_model_version = UNSET
        else:
            judge_model_version = self.judge_model_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "model_a": model_a,
                "model_b": model_b,
                "video_a": video_a,
                "video_b": video_b,
                "question_id": question_id,
            }
        )
        if judge_model_version is not UNSET:
            field_dict["judge_model_version"] = judge_model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_a = d.pop("model_a")

        model_b = d.pop("model_b")

        def _parse_video_a(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_a_type_0 = AssetUrl.from_dict(data)

                return video_a_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_a_type_1 = AssetId.from_dict(data)

                return video_a_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_a_type_2 = AssetBase64.from_dict(data)

            return video_a_type_2

        video_a = _parse_video_a(d.pop("video_a"))

        def _parse_video_b(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_b_type_0 = AssetUrl.from_dict(data)

                return video_b_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_b_type_1 = AssetId.from_dict(data)

                return video_b_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_b_type_2 = AssetBase64.from_dict(data)

            return video_b_type_2

        video_b = _parse_video_b(d.pop("video_b"))

        question_id = VideoQualityQuestionId(d.pop("question_id"))

        def _parse_judge_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        judge_model_version = _parse_judge_model_version(
            d.pop("judge_model_version", UNSET)
        )

        video_quality_comparison_request = cls(
            prompt=prompt,
            model_a=model_a,
            model_b=model_b,
            video_a=video_a,
            video_b=video_b,
            question_id=question_id,
            judge_model_version=judge_model_version,
        )

        return video_quality_comparison_request
