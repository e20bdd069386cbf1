from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.podcast_create_response_status import PodcastCreateResponseStatus

T = TypeVar("T", bound="PodcastCreateResponse")


@_attrs_define
class PodcastCreateResponse:
    """Response for POST /v3/podcasts.

    Attributes:
        podcast_id (str): Podcast id. Use GET /v3/podcasts/{podcast_id} to poll status.
        status (PodcastCreateResponseStatus): Status of the created podcast — 'processing' while it generates. Poll GET
            /v3/podcasts/{podcast_id} for updates.
    """

    podcast_id: str
    status: PodcastCreateResponseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        podcast_id = self.podcast_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "podcast_id": podcast_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        podcast_id = d.pop("podcast_id")

        status = PodcastCreateResponseStatus(d.pop("status"))

        podcast_create_response = cls(
            podcast_id=podcast_id,
            status=status,
        )

        podcast_create_response.additional_properties = d
        return podcast_create_response

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
