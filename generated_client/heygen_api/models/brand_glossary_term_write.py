from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandGlossaryTermWrite")


@_attrs_define
class BrandGlossaryTermWrite:
    """One glossary entry as accepted on POST / PATCH: a written term and how it should be spoken.

    Attributes:
        term (str): The term as written in a script, matched case-insensitively. Surrounding whitespace is removed and
            the trimmed value must be non-empty.
        pronunciation (str): Respelling handed to the speech synthesizer in place of `term` (for example 'hey-jen' for
            'HeyGen'). Affects generated audio only — captions and subtitles keep the original `term` spelling. Surrounding
            whitespace is removed and the trimmed value must be non-empty.
    """

    term: str
    pronunciation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term = self.term

        pronunciation = self.pronunciation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "term": term,
                "pronunciation": pronunciation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term = d.pop("term")

        pronunciation = d.pop("pronunciation")

        brand_glossary_term_write = cls(
            term=term,
            pronunciation=pronunciation,
        )

        brand_glossary_term_write.additional_properties = d
        return brand_glossary_term_write

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
