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

from ..models.fish_model import FishModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="FishEngineSettings")


@_attrs_define
class FishEngineSettings:
    """Engine-specific voice settings for Fish Audio-backed voices.

    Inherits Fish's tuning fields (model, stability, similarity).

        Attributes:
            engine_type (Literal['fish']): Engine type discriminator. Must be 'fish' for Fish Audio-backed voices.
            model (FishModel | None | Unset): Fish Audio model version (default 's1').
            stability (float | None | Unset): Stability parameter; higher is more consistent.
            similarity (float | None | Unset): Similarity parameter; how closely to match the source voice.
    """

    engine_type: Literal["fish"]
    model: FishModel | None | Unset = UNSET
    stability: float | None | Unset = UNSET
    similarity: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_type = self.engine_type

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, FishModel):
            model = self.model.value
        else:
            model = self.model

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        similarity: float | None | Unset
        if isinstance(self.similarity, Unset):
            similarity = UNSET
        else:
            similarity = self.similarity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engine_type": engine_type,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity is not UNSET:
            field_dict["similarity"] = similarity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engine_type = cast(Literal["fish"], d.pop("engine_type"))
        if engine_type != "fish":
            raise ValueError(
                f"engine_type must match const 'fish', got '{engine_type}'"
            )

        def _parse_model(data: object) -> FishModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_0 = FishModel(data)

                return model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FishModel | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_stability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stability = _parse_stability(d.pop("stability", UNSET))

        def _parse_similarity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        similarity = _parse_similarity(d.pop("similarity", UNSET))

        fish_engine_settings = cls(
            engine_type=engine_type,
            model=model,
            stability=stability,
            similarity=similarity,
        )

        fish_engine_settings.additional_properties = d
        return fish_engine_settings

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
