from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockVoiceConfig")


@_attrs_define
class StockVoiceConfig:
    """Stock-voice options for a video translation request.

    Use a preset HeyGen voice for the translation instead of recreating the original
    speaker's voice. Enterprise feature, available for selected accounts and languages
    by request. See the ``stock_voice_config`` request field for usage.

        Attributes:
            use_stock_voice (bool | Unset): Set to true to use a preset stock voice instead of cloning the original speaker.
                Default: False.
            preferred_stock_voice_ids (list[str] | Unset): Optional. Pin specific stock voice IDs to draw from. If omitted,
                the target language's default stock-voice pool is used.
    """

    use_stock_voice: bool | Unset = False
    preferred_stock_voice_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        use_stock_voice = self.use_stock_voice

        preferred_stock_voice_ids: list[str] | Unset = UNSET
        if not isinstance(self.preferred_stock_voice_ids, Unset):
            preferred_stock_voice_ids = self.preferred_stock_voice_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if use_stock_voice is not UNSET:
            field_dict["use_stock_voice"] = use_stock_voice
        if preferred_stock_voice_ids is not UNSET:
            field_dict["preferred_stock_voice_ids"] = preferred_stock_voice_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_stock_voice = d.pop("use_stock_voice", UNSET)

        preferred_stock_voice_ids = cast(
            list[str], d.pop("preferred_stock_voice_ids", UNSET)
        )

        stock_voice_config = cls(
            use_stock_voice=use_stock_voice,
            preferred_stock_voice_ids=preferred_stock_voice_ids,
        )

        return stock_voice_config
