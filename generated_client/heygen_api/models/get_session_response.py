from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_session_response_status import GetSessionResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_message import SessionMessage


T = TypeVar("T", bound="GetSessionResponse")


@_attrs_define
class GetSessionResponse:
    """Response from getting a video agent session.

    Attributes:
        session_id (str): Session ID
        status (GetSessionResponseStatus): Session status
        created_at (int): Unix timestamp of session creation
        progress (int | Unset): Progress 0-100 Default: 0.
        title (None | str | Unset): LLM-generated session title
        video_id (None | str | Unset): Video ID once generation starts
        messages (list[SessionMessage] | Unset): Most recent visible messages (max 40, newest-first)
    """

    session_id: str
    status: GetSessionResponseStatus
    created_at: int
    progress: int | Unset = 0
    title: None | str | Unset = UNSET
    video_id: None | str | Unset = UNSET
    messages: list[SessionMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        status = self.status.value

        created_at = self.created_at

        progress = self.progress

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if title is not UNSET:
            field_dict["title"] = title
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_message import SessionMessage  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        status = GetSessionResponseStatus(d.pop("status"))

        created_at = d.pop("created_at")

        progress = d.pop("progress", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: list[SessionMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = SessionMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        get_session_response = cls(
            session_id=session_id,
            status=status,
            created_at=created_at,
            progress=progress,
            title=title,
            video_id=video_id,
            messages=messages,
        )

        get_session_response.additional_properties = d
        return get_session_response

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
