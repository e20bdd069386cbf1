from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignVoiceRequest")


@_attrs_define
class DesignVoiceRequest:
    """Request body for POST /v3/voices — design a voice via semantic search.

    Attributes:
        prompt (str): Natural language description of the desired voice (e.g., 'warm, confident female narrator').
        gender (None | str | Unset): Filter by gender: 'male' or 'female'.
        locale (None | str | Unset): BCP-47 locale tag to filter by (e.g., 'en-US', 'pt-BR').
        seed (int | Unset): Controls which batch of results to return. seed=0 returns the top matches, seed=1 the next
            batch, etc. Same prompt + seed always returns the same voices. Default: 0.
    """

    prompt: str
    gender: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    seed: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if locale is not UNSET:
            field_dict["locale"] = locale
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        seed = d.pop("seed", UNSET)

        design_voice_request = cls(
            prompt=prompt,
            gender=gender,
            locale=locale,
            seed=seed,
        )

        return design_voice_request
