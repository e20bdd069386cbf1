from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForcedTranslationEntry")


@_attrs_define
class ForcedTranslationEntry:
    """One Force Translate rule: a term and the exact translation that replaces it.

    Attributes:
        term (str): The term to replace, matched in the source text case-insensitively.
        translation (str): The exact text used in place of `term` in the translated output, in every target language.
            Inserted verbatim: grammatical inflection (case, gender, number) is not adapted to the surrounding sentence.
    """

    term: str
    translation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
                "translation": translation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term = d.pop("term")

        translation = d.pop("translation")

        forced_translation_entry = cls(
            term=term,
            translation=translation,
        )

        forced_translation_entry.additional_properties = d
        return forced_translation_entry

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
