from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proofread_status import ProofreadStatus

T = TypeVar("T", bound="GenerateVideoResponse")


@_attrs_define
class GenerateVideoResponse:
    """Response for POST /v3/video-translations/proofreads/{id}/generate.

    Attributes:
        video_translation_id (str): Video translation ID — use GET /v3/video-translations/{id} to poll status
        status (ProofreadStatus):
    """

    video_translation_id: str
    status: ProofreadStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_translation_id = self.video_translation_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_translation_id": video_translation_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_translation_id = d.pop("video_translation_id")

        status = ProofreadStatus(d.pop("status"))

        generate_video_response = cls(
            video_translation_id=video_translation_id,
            status=status,
        )

        generate_video_response.additional_properties = d
        return generate_video_response

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
