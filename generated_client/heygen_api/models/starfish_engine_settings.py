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

T = TypeVar("T", bound="StarfishEngineSettings")


@_attrs_define
class StarfishEngineSettings:
    """Engine-selection for Starfish-backed voices.

    Starfish has no user-tunable settings today; set ``engine_type='starfish'`` to force
    Starfish routing on voices that support multiple engines.

        Attributes:
            engine_type (Literal['starfish']): Engine type discriminator. Must be 'starfish' for Starfish-backed voices.
    """

    engine_type: Literal["starfish"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_type = self.engine_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engine_type": engine_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engine_type = cast(Literal["starfish"], d.pop("engine_type"))
        if engine_type != "starfish":
            raise ValueError(
                f"engine_type must match const 'starfish', got '{engine_type}'"
            )

        starfish_engine_settings = cls(
            engine_type=engine_type,
        )

        starfish_engine_settings.additional_properties = d
        return starfish_engine_settings

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
