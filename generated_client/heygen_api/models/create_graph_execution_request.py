from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.workflow_request_entry import WorkflowRequestEntry


T = TypeVar("T", bound="CreateGraphExecutionRequest")


@_attrs_define
class CreateGraphExecutionRequest:
    """Request body for multi-workflow graph execution via POST /v1/workflows/graph-executions.

    Attributes:
        workflows (list[WorkflowRequestEntry]): Workflows to execute as a DAG
    """

    workflows: list[WorkflowRequestEntry]

    def to_dict(self) -> dict[str, Any]:
        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = workflows_item_data.to_dict()
            workflows.append(workflows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflows": workflows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_request_entry import WorkflowRequestEntry  # noqa: PLC0415

        d = dict(src_dict)
        workflows = []
        _workflows = d.pop("workflows")
        for workflows_item_data in _workflows:
            workflows_item = WorkflowRequestEntry.from_dict(workflows_item_data)

            workflows.append(workflows_item)

        create_graph_execution_request = cls(
            workflows=workflows,
        )

        return create_graph_execution_request
