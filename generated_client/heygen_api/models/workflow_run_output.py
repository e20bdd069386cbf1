from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_run_output_delivery import WorkflowRunOutputDelivery
from ..models.workflow_run_output_status import WorkflowRunOutputStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunOutput")


@_attrs_define
class WorkflowRunOutput:
    """One declared top-level output of the run's frozen plan.

    Inline values are bounded: at most 64 KiB per output and 256 KiB across the whole response
    (spent in output-name order); an output past either bound is delivered as a reference instead.

        Attributes:
            name (str): Output name declared by the workflow version.
            status (WorkflowRunOutputStatus): Per-output resolution status, derived from the persisted artifact status.
            type_ (None | str | Unset): Output value type (e.g. video, text), once produced.
            delivery (None | Unset | WorkflowRunOutputDelivery): Shape of a ready output: inline value or read-time URL.
                Null until ready.
            artifact_id (None | str | Unset): Durable identity of the produced output, once produced.
            value (Any | None | Unset): The output value, for ready inline deliveries.
            url (None | str | Unset): Read-time URL for a ready reference delivery. Never persisted; mint a fresh one per
                read. For an inline JSON output delivered as a reference (its value exceeded the inline byte bounds), the URL
                serves the value itself as a JSON document.
            expires_in (int | None | Unset): Seconds until `url` expires. Null when `is_public` is true — a public URL never
                expires.
            is_public (bool | None | Unset): True when `url` is served from a public bucket, so it is permanent and
                unauthenticated.
    """

    name: str
    status: WorkflowRunOutputStatus
    type_: None | str | Unset = UNSET
    delivery: None | Unset | WorkflowRunOutputDelivery = UNSET
    artifact_id: None | str | Unset = UNSET
    value: Any | None | Unset = UNSET
    url: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        delivery: None | str | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, WorkflowRunOutputDelivery):
            delivery = self.delivery.value
        else:
            delivery = self.delivery

        artifact_id: None | str | Unset
        if isinstance(self.artifact_id, Unset):
            artifact_id = UNSET
        else:
            artifact_id = self.artifact_id

        value: Any | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if artifact_id is not UNSET:
            field_dict["artifact_id"] = artifact_id
        if value is not UNSET:
            field_dict["value"] = value
        if url is not UNSET:
            field_dict["url"] = url
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = WorkflowRunOutputStatus(d.pop("status"))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_delivery(data: object) -> None | Unset | WorkflowRunOutputDelivery:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_type_0 = WorkflowRunOutputDelivery(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRunOutputDelivery, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        def _parse_artifact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_id = _parse_artifact_id(d.pop("artifact_id", UNSET))

        def _parse_value(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_expires_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in = _parse_expires_in(d.pop("expires_in", UNSET))

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        workflow_run_output = cls(
            name=name,
            status=status,
            type_=type_,
            delivery=delivery,
            artifact_id=artifact_id,
            value=value,
            url=url,
            expires_in=expires_in,
            is_public=is_public,
        )

        workflow_run_output.additional_properties = d
        return workflow_run_output

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
