from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eleven_labs_model import ElevenLabsModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ElevenLabsEngineSettings")


@_attrs_define
class ElevenLabsEngineSettings:
    """Engine-specific voice settings for ElevenLabs-backed voices.

    Supports model, stability, similarity_boost, style, and use_speaker_boost.
    When using eleven_v3, stability must be 0, 0.5, or 1.

        Attributes:
            engine_type (Literal['elevenlabs']): Engine type discriminator. Must be 'elevenlabs' for ElevenLabs-backed
                voices.
            model (ElevenLabsModel | None | Unset): The model ID to use for ElevenLabs.
            similarity_boost (float | None | Unset): The similarity boost parameter for ElevenLabs.
            stability (float | None | Unset): The stability parameter for ElevenLabs.
            style (float | None | Unset): The style parameter for ElevenLabs.
            use_speaker_boost (bool | None | Unset): Whether to use speaker boost for ElevenLabs.
    """

    engine_type: Literal["elevenlabs"]
    model: ElevenLabsModel | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    stability: float | None | Unset = UNSET
    style: float | None | Unset = UNSET
    use_speaker_boost: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_type = self.engine_type

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ElevenLabsModel):
            model = self.model.value
        else:
            model = self.model

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        style: float | None | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engine_type": engine_type,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if stability is not UNSET:
            field_dict["stability"] = stability
        if style is not UNSET:
            field_dict["style"] = style
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engine_type = cast(Literal["elevenlabs"], d.pop("engine_type"))
        if engine_type != "elevenlabs":
            raise ValueError(
                f"engine_type must match const 'elevenlabs', got '{engine_type}'"
            )

        def _parse_model(data: object) -> ElevenLabsModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_0 = ElevenLabsModel(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ElevenLabsModel | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_similarity_boost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity_boost = _parse_similarity_boost(d.pop("similarity_boost", UNSET))

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_style(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_use_speaker_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_speaker_boost = _parse_use_speaker_boost(d.pop("use_speaker_boost", UNSET))

        eleven_labs_engine_settings = cls(
            engine_type=engine_type,
            model=model,
            similarity_boost=similarity_boost,
            stability=stability,
            style=style,
            use_speaker_boost=use_speaker_boost,
        )

        eleven_labs_engine_settings.additional_properties = d
        return eleven_labs_engine_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
