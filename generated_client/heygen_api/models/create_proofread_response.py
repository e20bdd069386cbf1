from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proofread_status import ProofreadStatus

T = TypeVar("T", bound="CreateProofreadResponse")


@_attrs_define
class CreateProofreadResponse:
    """Response for POST /v3/video-translations/proofreads.

    Attributes:
        proofread_ids (list[str]): Proofread IDs, one per target language
        status (ProofreadStatus):
    """

    proofread_ids: list[str]
    status: ProofreadStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proofread_ids = self.proofread_ids

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proofread_ids": proofread_ids,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proofread_ids = cast(list[str], d.pop("proofread_ids"))

        status = ProofreadStatus(d.pop("status"))

        create_proofread_response = cls(
            proofread_ids=proofread_ids,
            status=status,
        )

        create_proofread_response.additional_properties = d
        return create_proofread_response

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
