from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_video_agent_response_200_error_type_0 import (
        CreateVideoAgentResponse200ErrorType0,
    )
    from ..models.external_create_video_agent_session_response import (
        ExternalCreateVideoAgentSessionResponse,
    )


T = TypeVar("T", bound="CreateVideoAgentResponse200")


@_attrs_define
class CreateVideoAgentResponse200:
    """
    Attributes:
        error (CreateVideoAgentResponse200ErrorType0 | None | Unset):
        data (ExternalCreateVideoAgentSessionResponse | Unset): Response from creating a video.
    """

    error: CreateVideoAgentResponse200ErrorType0 | None | Unset = UNSET
    data: ExternalCreateVideoAgentSessionResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_video_agent_response_200_error_type_0 import (
            CreateVideoAgentResponse200ErrorType0,  # noqa: PLC0415
        )

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, CreateVideoAgentResponse200ErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_video_agent_response_200_error_type_0 import (
            CreateVideoAgentResponse200ErrorType0,  # noqa: PLC0415
        )
        from ..models.external_create_video_agent_session_response import (
            ExternalCreateVideoAgentSessionResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_error(
            data: object,
        ) -> CreateVideoAgentResponse200ErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = CreateVideoAgentResponse200ErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVideoAgentResponse200ErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _data = d.pop("data", UNSET)
        data: ExternalCreateVideoAgentSessionResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExternalCreateVideoAgentSessionResponse.from_dict(_data)

        create_video_agent_response_200 = cls(
            error=error,
            data=data,
        )

        create_video_agent_response_200.additional_properties = d
        return create_video_agent_response_200

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
