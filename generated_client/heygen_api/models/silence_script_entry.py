from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SilenceScriptEntry")


@_attrs_define
class SilenceScriptEntry:
    """A held silence, with no words spoken over the scene.

    Attributes:
        id (str): Identifier of this script entry within the video.
        type_ (Literal['silence'] | Unset): Script entry type discriminator. Default: 'silence'.
        duration (float | None | Unset): How long the silence is held, in seconds. Absent where the number does not
            describe what renders — on a scene whose video clip plays in full, the clip's own length governs the scene.
    """

    id: str
    type_: Literal["silence"] | Unset = "silence"
    duration: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["silence"] | Unset, d.pop("type", UNSET))
        if type_ != "silence" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'silence', got '{type_}'")

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        silence_script_entry = cls(
            id=id,
            type_=type_,
            duration=duration,
        )

        return silence_script_entry
