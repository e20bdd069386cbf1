from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_video_agent_response_401_data_type_0 import (
        CreateVideoAgentResponse401DataType0,
    )
    from ..models.legacy_api_error import LegacyAPIError


T = TypeVar("T", bound="CreateVideoAgentResponse401")


@_attrs_define
class CreateVideoAgentResponse401:
    """
    Attributes:
        error (LegacyAPIError | Unset):
        data (CreateVideoAgentResponse401DataType0 | None | Unset):
    """

    error: LegacyAPIError | Unset = UNSET
    data: CreateVideoAgentResponse401DataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_video_agent_response_401_data_type_0 import (
            CreateVideoAgentResponse401DataType0,  # noqa: PLC0415
        )

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CreateVideoAgentResponse401DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

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
        from ..models.create_video_agent_response_401_data_type_0 import (
            CreateVideoAgentResponse401DataType0,  # noqa: PLC0415
        )
        from ..models.legacy_api_error import LegacyAPIError  # noqa: PLC0415

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: LegacyAPIError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = LegacyAPIError.from_dict(_error)

        def _parse_data(
            data: object,
        ) -> CreateVideoAgentResponse401DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CreateVideoAgentResponse401DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVideoAgentResponse401DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        create_video_agent_response_401 = cls(
            error=error,
            data=data,
        )

        create_video_agent_response_401.additional_properties = d
        return create_video_agent_response_401

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
