from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunProgress")


@_attrs_define
class WorkflowRunProgress:
    """Aggregate node counts. Counts, never node summaries — the body must not grow with the graph.

    Attributes:
        total (int): Total nodes in this run's frozen plan.
        pending (int | Unset): Nodes not yet started. Default: 0.
        processing (int | Unset): Nodes currently running. Default: 0.
        succeeded (int | Unset): Nodes that completed successfully. Default: 0.
        failed (int | Unset): Nodes that failed. Default: 0.
        skipped (int | Unset): Nodes that were skipped. Default: 0.
        canceled (int | Unset): Nodes that were canceled. Default: 0.
    """

    total: int
    pending: int | Unset = 0
    processing: int | Unset = 0
    succeeded: int | Unset = 0
    failed: int | Unset = 0
    skipped: int | Unset = 0
    canceled: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        pending = self.pending

        processing = self.processing

        succeeded = self.succeeded

        failed = self.failed

        skipped = self.skipped

        canceled = self.canceled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if pending is not UNSET:
            field_dict["pending"] = pending
        if processing is not UNSET:
            field_dict["processing"] = processing
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if failed is not UNSET:
            field_dict["failed"] = failed
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if canceled is not UNSET:
            field_dict["canceled"] = canceled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        pending = d.pop("pending", UNSET)

        processing = d.pop("processing", UNSET)

        succeeded = d.pop("succeeded", UNSET)

        failed = d.pop("failed", UNSET)

        skipped = d.pop("skipped", UNSET)

        canceled = d.pop("canceled", UNSET)

        workflow_run_progress = cls(
            total=total,
            pending=pending,
            processing=processing,
            succeeded=succeeded,
            failed=failed,
            skipped=skipped,
            canceled=canceled,
        )

        workflow_run_progress.additional_properties = d
        return workflow_run_progress

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
