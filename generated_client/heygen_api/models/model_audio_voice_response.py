from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.model_audio_voice_mode import ModelAudioVoiceMode
from ..models.video_tts_voice_failure_reason import VideoTTSVoiceFailureReason
from ..models.video_tts_voice_status import VideoTTSVoiceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelAudioVoiceResponse")


@_attrs_define
class ModelAudioVoiceResponse:
    """Customer-visible state of one model-backed audio voice.

    Attributes:
        voice_id (str): Stable identifier for this voice.
        mode (ModelAudioVoiceMode): Supported audio-voice creation implementations.
        name (str): Display name of the voice.
        language (str): Primary language code supplied when the voice was created.
        status (VideoTTSVoiceStatus): Values persisted in ``video_tts_voices.status``.
        created_at (int): Unix timestamp in seconds when the voice was created.
        failure_reason (None | Unset | VideoTTSVoiceFailureReason): Stable failure code. Present only when `status` is
            `FAILED`.
    """

    voice_id: str
    mode: ModelAudioVoiceMode
    name: str
    language: str
    status: VideoTTSVoiceStatus
    created_at: int
    failure_reason: None | Unset | VideoTTSVoiceFailureReason = UNSET

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        mode = self.mode.value

        name = self.name

        language = self.language

        status = self.status.value

        created_at = self.created_at

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, VideoTTSVoiceFailureReason):
            failure_reason = self.failure_reason.value
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voice_id": voice_id,
                "mode": mode,
                "name": name,
                "language": language,
                "status": status,
                "created_at": created_at,
            }
        )
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        mode = ModelAudioVoiceMode(d.pop("mode"))

        name = d.pop("name")

        language = d.pop("language")

        status = VideoTTSVoiceStatus(d.pop("status"))

        created_at = d.pop("created_at")

        def _parse_failure_reason(
            data: object,
        ) -> None | Unset | VideoTTSVoiceFailureReason:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failure_reason_type_0 = VideoTTSVoiceFailureReason(data)

                return failure_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoTTSVoiceFailureReason, data)

        failure_reason = _parse_failure_reason(d.pop("failure_reason", UNSET))

        model_audio_voice_response = cls(
            voice_id=voice_id,
            mode=mode,
            name=name,
            language=language,
            status=status,
            created_at=created_at,
            failure_reason=failure_reason,
        )

        return model_audio_voice_response
