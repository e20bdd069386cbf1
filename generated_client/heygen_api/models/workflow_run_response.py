from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_workflow_run_status import PublicWorkflowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_run_error import WorkflowRunError
    from ..models.workflow_run_output import WorkflowRunOutput
    from ..models.workflow_run_progress import WorkflowRunProgress
    from ..models.workflow_run_workflow_ref import WorkflowRunWorkflowRef


T = TypeVar("T", bound="WorkflowRunResponse")


@_attrs_define
class WorkflowRunResponse:
    """Response body for a single workflow run: self-contained at terminal state.

    Attributes:
        id (str): Run id (dwr_…).
        workflow (WorkflowRunWorkflowRef): The workflow and exact immutable version this run executes against.
        status (PublicWorkflowRunStatus): Run lifecycle as published to callers.
        created_at (datetime.datetime): When the run was created (UTC).
        progress (WorkflowRunProgress): Aggregate node counts. Counts, never node summaries — the body must not grow
            with the graph.
        started_at (datetime.datetime | None | Unset): When the run started executing (UTC), or null if it has not
            started.
        completed_at (datetime.datetime | None | Unset): When the run reached a terminal status (UTC), or null if still
            in progress.
        error (None | Unset | WorkflowRunError): Terminal error, or null if the run did not fail.
        outputs (list[WorkflowRunOutput] | Unset): Declared top-level outputs of the run's frozen plan.
    """

    id: str
    workflow: WorkflowRunWorkflowRef
    status: PublicWorkflowRunStatus
    created_at: datetime.datetime
    progress: WorkflowRunProgress
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error: None | Unset | WorkflowRunError = UNSET
    outputs: list[WorkflowRunOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_run_error import WorkflowRunError  # noqa: PLC0415

        id = self.id

        workflow = self.workflow.to_dict()

        status = self.status.value

        created_at = self.created_at.isoformat()

        progress = self.progress.to_dict()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WorkflowRunError):
            error = self.error.to_dict()
        else:
            error = self.error

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow": workflow,
                "status": status,
                "created_at": created_at,
                "progress": progress,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_run_error import WorkflowRunError  # noqa: PLC0415
        from ..models.workflow_run_output import WorkflowRunOutput  # noqa: PLC0415
        from ..models.workflow_run_progress import WorkflowRunProgress  # noqa: PLC0415
        from ..models.workflow_run_workflow_ref import WorkflowRunWorkflowRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workflow = WorkflowRunWorkflowRef.from_dict(d.pop("workflow"))

        status = PublicWorkflowRunStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        progress = WorkflowRunProgress.from_dict(d.pop("progress"))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | Unset | WorkflowRunError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = WorkflowRunError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowRunError, data)

        error = _parse_error(d.pop("error", UNSET))

        _outputs = d.pop("outputs", UNSET)
        outputs: list[WorkflowRunOutput] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = WorkflowRunOutput.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        workflow_run_response = cls(
            id=id,
            workflow=workflow,
            status=status,
            created_at=created_at,
            progress=progress,
            started_at=started_at,
            completed_at=completed_at,
            error=error,
            outputs=outputs,
        )

        workflow_run_response.additional_properties = d
        return workflow_run_response

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
