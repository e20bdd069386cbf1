from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_workflow_execution_request_input import (
        CreateWorkflowExecutionRequestInput,
    )


T = TypeVar("T", bound="CreateWorkflowExecutionRequest")


@_attrs_define
class CreateWorkflowExecutionRequest:
    """Request body for single-workflow execution via POST /v1/workflows/executions.

    Attributes:
        workflow_type (str): The workflow type to execute (e.g., 'GenerateImageNode', 'GenerateVideoNode')
        input_ (CreateWorkflowExecutionRequestInput): Workflow-specific input matching the workflow's input schema
    """

    workflow_type: str
    input_: CreateWorkflowExecutionRequestInput

    def to_dict(self) -> dict[str, Any]:
        workflow_type = self.workflow_type

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow_type": workflow_type,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_workflow_execution_request_input import (
            CreateWorkflowExecutionRequestInput,  # noqa: PLC0415
        )

        d = dict(src_dict)
        workflow_type = d.pop("workflow_type")

        input_ = CreateWorkflowExecutionRequestInput.from_dict(d.pop("input"))

        create_workflow_execution_request = cls(
            workflow_type=workflow_type,
            input_=input_,
        )

        return create_workflow_execution_request
