from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_glossary_term import BrandGlossaryTerm
    from ..models.do_not_translate_entry import DoNotTranslateEntry
    from ..models.forced_translation_entry import ForcedTranslationEntry


T = TypeVar("T", bound="BrandGlossaryDetail")


@_attrs_define
class BrandGlossaryDetail:
    """A single brand glossary with its full term list (GET /v3/brand-glossaries/{id}).

    Attributes:
        brand_glossary_id (str): Unique brand glossary ID. Pass it as `brand_glossary_id` when creating a video or
            translation to apply this glossary.
        name (str): Display name of the brand glossary.
        created_at (datetime.datetime): Creation timestamp (UTC).
        updated_at (datetime.datetime): Last update timestamp (UTC).
        terms (list[BrandGlossaryTerm]): Every term mapping in this glossary. Empty when the glossary has no terms yet,
            in which case applying it has no effect.
        do_not_translate_terms (list[DoNotTranslateEntry] | Unset): Don't Translate rules in this glossary. Omitted when
            it has none.
        forced_translations (list[ForcedTranslationEntry] | Unset): Force Translate rules in this glossary. Omitted when
            it has none. A term should not appear in both this list and `do_not_translate_terms`; behavior is undefined if
            it does.
    """

    brand_glossary_id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    terms: list[BrandGlossaryTerm]
    do_not_translate_terms: list[DoNotTranslateEntry] | Unset = UNSET
    forced_translations: list[ForcedTranslationEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_glossary_id = self.brand_glossary_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_glossary_id": brand_glossary_id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "terms": terms,
            }
        )
        if do_not_translate_terms is not UNSET:
            field_dict["do_not_translate_terms"] = do_not_translate_terms
        if forced_translations is not UNSET:
            field_dict["forced_translations"] = forced_translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_glossary_term import BrandGlossaryTerm  # noqa: PLC0415
        from ..models.do_not_translate_entry import DoNotTranslateEntry  # noqa: PLC0415
        from ..models.forced_translation_entry import ForcedTranslationEntry  # noqa: PLC0415

        d = dict(src_dict)
        brand_glossary_id = d.pop("brand_glossary_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = BrandGlossaryTerm.from_dict(terms_item_data)

            terms.append(terms_item)

        _do_not_translate_terms = d.pop("do_not_translate_terms", UNSET)
        do_not_translate_terms: list[DoNotTranslateEntry] | Unset = UNSET
        if _do_not_translate_terms is not UNSET:
            do_not_translate_terms = []
            for do_not_translate_terms_item_data in _do_not_translate_terms:
                do_not_translate_terms_item = DoNotTranslateEntry.from_dict(
                    do_not_translate_terms_item_data
                )

                do_not_translate_terms.append(do_not_translate_terms_item)

        _forced_translations = d.pop("forced_translations", UNSET)
        forced_translations: list[ForcedTranslationEntry] | Unset = UNSET
        if _forced_translations is not UNSET:
            forced_translations = []
            for forced_translations_item_data in _forced_translations:
                forced_translations_item = ForcedTranslationEntry.from_dict(
                    forced_translations_item_data
                )

                forced_translations.append(forced_translations_item)

        brand_glossary_detail = cls(
            brand_glossary_id=brand_glossary_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            terms=terms,
            do_not_translate_terms=do_not_translate_terms,
            forced_translations=forced_translations,
        )

        brand_glossary_detail.additional_properties = d
        return brand_glossary_detail

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
