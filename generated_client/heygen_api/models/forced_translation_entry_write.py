from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ForcedTranslationEntryWrite")


@_attrs_define
class ForcedTranslationEntryWrite:
    """One Force Translate rule as accepted on POST / PATCH bodies.

    Attributes:
        term (str): The term to replace, matched in the source text case-insensitively. Surrounding whitespace is
            removed and the trimmed value must be non-empty.
        translation (str): The exact text used in place of `term` in the translated output, in every target language.
            Inserted verbatim: grammatical inflection (case, gender, number) is not adapted to the surrounding sentence.
            Surrounding whitespace is removed and the trimmed value must be non-empty.
    """

    term: str
    translation: str

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        translation = self.translation

        field_dict: dict[str, Any] = {}

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

        forced_translation_entry_write = cls(
            term=term,
            translation=translation,
        )

        return forced_translation_entry_write
