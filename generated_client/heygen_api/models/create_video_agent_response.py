from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_agent_response_status import CreateVideoAgentResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoAgentResponse")


@_attrs_define
class CreateVideoAgentResponse:
    """Response from creating a video agent session.

    Attributes:
        session_id (str): Session ID — primary identifier for this video agent session
        status (CreateVideoAgentResponseStatus): Session status
        created_at (int): Unix timestamp of session creation
        video_id (None | str | Unset): Video ID for polling via GET /v3/videos/{video_id}, when available.
    """

    session_id: str
    status: CreateVideoAgentResponseStatus
    created_at: int
    video_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        status = self.status.value

        created_at = self.created_at

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        status = CreateVideoAgentResponseStatus(d.pop("status"))

        created_at = d.pop("created_at")

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        create_video_agent_response = cls(
            session_id=session_id,
            status=status,
            created_at=created_at,
            video_id=video_id,
        )

        create_video_agent_response.additional_properties = d
        return create_video_agent_response

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
