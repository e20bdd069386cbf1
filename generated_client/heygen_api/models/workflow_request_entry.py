from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_request_entry_input import WorkflowRequestEntryInput


T = TypeVar("T", bound="WorkflowRequestEntry")


@_attrs_define
class WorkflowRequestEntry:
    """A single workflow within a multi-workflow graph submission.

    Attributes:
        type_ (str): The workflow type (e.g., 'TTSNode', 'TrimVideoNode')
        id (str): Unique identifier for this workflow within the graph
        input_ (WorkflowRequestEntryInput): Workflow-specific input. Use NodeRef objects to reference parent outputs.
        parent (list[str] | Unset): IDs of parent workflows this depends on
    """

    type_: str
    id: str
    input_: WorkflowRequestEntryInput
    parent: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        input_ = self.input_.to_dict()

        parent: list[str] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "input": input_,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_request_entry_input import WorkflowRequestEntryInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        input_ = WorkflowRequestEntryInput.from_dict(d.pop("input"))

        parent = cast(list[str], d.pop("parent", UNSET))

        workflow_request_entry = cls(
            type_=type_,
            id=id,
            input_=input_,
            parent=parent,
        )

        return workflow_request_entry
