from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DoNotTranslateEntryWrite")


@_attrs_define
class DoNotTranslateEntryWrite:
    """One Don't Translate rule as accepted on POST / PATCH bodies.

    Attributes:
        term (str): A term to keep untranslated. When this glossary is used by a translation feature, each occurrence of
            the term — matched case-insensitively — is kept untranslated in every target language. Surrounding whitespace is
            removed and the trimmed value must be non-empty.
    """

    term: str

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "term": term,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term = d.pop("term")

        do_not_translate_entry_write = cls(
            term=term,
        )

        return do_not_translate_entry_write
