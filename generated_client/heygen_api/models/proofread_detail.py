from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proofread_status import ProofreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProofreadDetail")


@_attrs_define
class ProofreadDetail:
    """Detailed proofread resource.

    Attributes:
        id (str): Unique proofread identifier
        status (ProofreadStatus):
        title (None | str | Unset): Title of the proofread job
        output_language (None | str | Unset): Target language code
        input_language (None | str | Unset): Detected or specified source language code
        submitted_for_review (bool | None | Unset): Whether the proofread has been submitted for review
        created_at (int | None | Unset): Unix timestamp when the proofread was created
        failure_message (None | str | Unset): Error description. Only present when status is failed.
    """

    id: str
    status: ProofreadStatus
    title: None | str | Unset = UNSET
    output_language: None | str | Unset = UNSET
    input_language: None | str | Unset = UNSET
    submitted_for_review: bool | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        output_language: None | str | Unset
        if isinstance(self.output_language, Unset):
            output_language = UNSET
        else:
            output_language = self.output_language

        input_language: None | str | Unset
        if isinstance(self.input_language, Unset):
            input_language = UNSET
        else:
            input_language = self.input_language

        submitted_for_review: bool | None | Unset
        if isinstance(self.submitted_for_review, Unset):
            submitted_for_review = UNSET
        else:
            submitted_for_review = self.submitted_for_review

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if output_language is not UNSET:
            field_dict["output_language"] = output_language
        if input_language is not UNSET:
            field_dict["input_language"] = input_language
        if submitted_for_review is not UNSET:
            field_dict["submitted_for_review"] = submitted_for_review
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = ProofreadStatus(d.pop("status"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_output_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_language = _parse_output_language(d.pop("output_language", UNSET))

        def _parse_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_language = _parse_input_language(d.pop("input_language", UNSET))

        def _parse_submitted_for_review(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        submitted_for_review = _parse_submitted_for_review(
            d.pop("submitted_for_review", UNSET)
        )

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        proofread_detail = cls(
            id=id,
            status=status,
            title=title,
            output_language=output_language,
            input_language=input_language,
            submitted_for_review=submitted_for_review,
            created_at=created_at,
            failure_message=failure_message,
        )

        proofread_detail.additional_properties = d
        return proofread_detail

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
