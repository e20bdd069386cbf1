from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_realtime_status_response_status import (
    AvatarRealtimeStatusResponseStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarRealtimeStatusResponse")


@_attrs_define
class AvatarRealtimeStatusResponse:
    """Response data for GET /v3/avatar-realtime/{stream_id}.

    Attributes:
        stream_id (str): Streaming session identifier.
        status (AvatarRealtimeStatusResponseStatus): Session status: 'pending' (workflow in progress), 'streaming' (HLS
            URL available), 'completed' (workflow finished — `end_reason` describes how), or 'error' (workflow failed).
        hls_url (None | str | Unset): HLS streaming session URL. Present only when status is 'streaming'.
        error_message (None | str | Unset): Error description. Present only when status is 'error'.
        end_reason (None | str | Unset): How a 'completed' session terminated. 'final_marker' — producer sent `final:
            true`. 'idle_timeout' — producer went silent and the emitter finalized. Only present for text_stream sessions
            and only when status is 'completed'.
    """

    stream_id: str
    status: AvatarRealtimeStatusResponseStatus
    hls_url: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    end_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        status = self.status.value

        hls_url: None | str | Unset
        if isinstance(self.hls_url, Unset):
            hls_url = UNSET
        else:
            hls_url = self.hls_url

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        end_reason: None | str | Unset
        if isinstance(self.end_reason, Unset):
            end_reason = UNSET
        else:
            end_reason = self.end_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream_id": stream_id,
                "status": status,
            }
        )
        if hls_url is not UNSET:
            field_dict["hls_url"] = hls_url
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_id = d.pop("stream_id")

        status = AvatarRealtimeStatusResponseStatus(d.pop("status"))

        def _parse_hls_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hls_url = _parse_hls_url(d.pop("hls_url", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_end_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_reason = _parse_end_reason(d.pop("end_reason", UNSET))

        avatar_realtime_status_response = cls(
            stream_id=stream_id,
            status=status,
            hls_url=hls_url,
            error_message=error_message,
            end_reason=end_reason,
        )

        avatar_realtime_status_response.additional_properties = d
        return avatar_realtime_status_response

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
