from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_glossary_term_write import BrandGlossaryTermWrite
    from ..models.do_not_translate_entry_write import DoNotTranslateEntryWrite
    from ..models.forced_translation_entry_write import ForcedTranslationEntryWrite


T = TypeVar("T", bound="CreateBrandGlossaryRequest")


@_attrs_define
class CreateBrandGlossaryRequest:
    """Request body for POST /v3/brand-glossaries.

    Attributes:
        name (str): Display name for the glossary. Surrounding whitespace is removed, and the trimmed name must be 1-64
            characters and unique within your workspace, compared without regard to case.
        terms (list[BrandGlossaryTermWrite] | Unset): Term-to-pronunciation mappings. Omit it, or pass an empty array,
            to create a glossary you fill in later.
        do_not_translate_terms (list[DoNotTranslateEntryWrite] | Unset): Terms to keep untranslated when this glossary
            is used by a translation feature. Omit it, or pass an empty array, to add none.
        forced_translations (list[ForcedTranslationEntryWrite] | Unset): Force Translate rules: terms translated into an
            exact replacement when this glossary is used by a translation feature. Omit it, or pass an empty array, to add
            none. A term should not appear in both this list and `do_not_translate_terms`; behavior is undefined if it does.
    """

    name: str
    terms: list[BrandGlossaryTermWrite] | Unset = UNSET
    do_not_translate_terms: list[DoNotTranslateEntryWrite] | Unset = UNSET
    forced_translations: list[ForcedTranslationEntryWrite] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item = terms_item_data.to_dict()
                terms.append(terms_item)

        do_not_translate_terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.do_not_translate_terms, Unset):
            do_not_translate_terms = []
            for do_not_translate_terms_item_data in self.do_not_translate_terms:
                do_not_translate_terms_item = do_not_translate_terms_item_data.to_dict()
                do_not_translate_terms.append(do_not_translate_terms_item)

        forced_translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.forced_translations, Unset):
            forced_translations = []
            for forced_translations_item_data in self.forced_translations:
                forced_translations_item = forced_translations_item_data.to_dict()
                forced_translations.append(forced_translations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if terms is not UNSET:
            field_dict["terms"] = terms
        if do_not_translate_terms is not UNSET:
            field_dict["do_not_translate_terms"] = do_not_translate_terms
        if forced_translations is not UNSET:
            field_dict["forced_translations"] = forced_translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_glossary_term_write import BrandGlossaryTermWrite  # noqa: PLC0415
        from ..models.do_not_translate_entry_write import DoNotTranslateEntryWrite  # noqa: PLC0415
        from ..models.forced_translation_entry_write import ForcedTranslationEntryWrite  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _terms = d.pop("terms", UNSET)
        terms: list[BrandGlossaryTermWrite] | Unset = UNSET
        if _terms is not UNSET:
            terms = []
            for terms_item_data in _terms:
                terms_item = BrandGlossaryTermWrite.from_dict(terms_item_data)

                terms.append(terms_item)

        _do_not_translate_terms = d.pop("do_not_translate_terms", UNSET)
        do_not_translate_terms: list[DoNotTranslateEntryWrite] | Unset = UNSET
        if _do_not_translate_terms is not UNSET:
            do_not_translate_terms = []
            for do_not_translate_terms_item_data in _do_not_translate_terms:
                do_not_translate_terms_item = DoNotTranslateEntryWrite.from_dict(
                    do_not_translate_terms_item_data
                )

                do_not_translate_terms.append(do_not_translate_terms_item)

        _forced_translations = d.pop("forced_translations", UNSET)
        forced_translations: list[ForcedTranslationEntryWrite] | Unset = UNSET
        if _forced_translations is not UNSET:
            forced_translations = []
            for forced_translations_item_data in _forced_translations:
                forced_translations_item = ForcedTranslationEntryWrite.from_dict(
                    forced_translations_item_data
                )

                forced_translations.append(forced_translations_item)

        create_brand_glossary_request = cls(
            name=name,
            terms=terms,
            do_not_translate_terms=do_not_translate_terms,
            forced_translations=forced_translations,
        )

        return create_brand_glossary_request
