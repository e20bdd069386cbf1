from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_execution_detail_response_output_type_0 import (
        WorkflowExecutionDetailResponseOutputType0,
    )
    from ..models.workflow_execution_detail_response_outputs_type_0 import (
        WorkflowExecutionDetailResponseOutputsType0,
    )
    from ..models.workflow_execution_error import WorkflowExecutionError


T = TypeVar("T", bound="WorkflowExecutionDetailResponse")


@_attrs_define
class WorkflowExecutionDetailResponse:
    """Response for polling a workflow execution (GET /v1/workflows/executions/<execution_id>).

    Attributes:
        execution_id (str): The execution ID
        status (str): Execution status: submitted | running | completed | failed | not_found
        output (None | Unset | WorkflowExecutionDetailResponseOutputType0): Workflow output when completed (single-
            workflow executions)
        outputs (None | Unset | WorkflowExecutionDetailResponseOutputsType0): All workflow outputs keyed by workflow ID
            (multi-workflow graph executions)
        error (None | Unset | WorkflowExecutionError): Error details when failed
    """

    execution_id: str
    status: str
    output: None | Unset | WorkflowExecutionDetailResponseOutputType0 = UNSET
    outputs: None | Unset | WorkflowExecutionDetailResponseOutputsType0 = UNSET
    error: None | Unset | WorkflowExecutionError = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_execution_detail_response_output_type_0 import (
            WorkflowExecutionDetailResponseOutputType0,  # noqa: PLC0415
        )
        from ..models.workflow_execution_detail_response_outputs_type_0 import (
            WorkflowExecutionDetailResponseOutputsType0,  # noqa: PLC0415
        )
        from ..models.workflow_execution_error import WorkflowExecutionError  # noqa: PLC0415

        execution_id = self.execution_id

        status = self.status

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, WorkflowExecutionDetailResponseOutputType0):
            output = self.output.to_dict()
        else:
            output = self.output

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, WorkflowExecutionDetailResponseOutputsType0):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, WorkflowExecutionError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_id": execution_id,
                "status": status,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_execution_detail_response_output_type_0 import (
            WorkflowExecutionDetailResponseOutputType0,  # noqa: PLC0415
        )
        from ..models.workflow_execution_detail_response_outputs_type_0 import (
            WorkflowExecutionDetailResponseOutputsType0,  # noqa: PLC0415
        )
        from ..models.workflow_execution_error import WorkflowExecutionError  # noqa: PLC0415

        d = dict(src_dict)
        execution_id = d.pop("execution_id")

        status = d.pop("status")

        def _parse_output(
            data: object,
        ) -> None | Unset | WorkflowExecutionDetailResponseOutputType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = WorkflowExecutionDetailResponseOutputType0.from_dict(
                    data
                )

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowExecutionDetailResponseOutputType0, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_outputs(
            data: object,
        ) -> None | Unset | WorkflowExecutionDetailResponseOutputsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_type_0 = WorkflowExecutionDetailResponseOutputsType0.from_dict(
                    data
                )

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | WorkflowExecutionDetailResponseOutputsType0, data
            )

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        def _parse_error(data: object) -> None | Unset | WorkflowExecutionError:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = WorkflowExecutionError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowExecutionError, data)

        error = _parse_error(d.pop("error", UNSET))

        workflow_execution_detail_response = cls(
            execution_id=execution_id,
            status=status,
            output=output,
            outputs=outputs,
            error=error,
        )

        workflow_execution_detail_response.additional_properties = d
        return workflow_execution_detail_response

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
