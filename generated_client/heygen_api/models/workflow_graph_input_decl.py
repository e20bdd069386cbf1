from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.workflow_value_type import WorkflowValueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowGraphInputDecl")


@_attrs_define
class WorkflowGraphInputDecl:
    """Declares one workflow input supplied when a run starts.

    Attributes:
        type_ (WorkflowValueType): Type of a value flowing through a workflow: a run input, a port, or an output.
        required (bool | Unset): Whether every run must supply this input. Default: True.
    """

    type_: WorkflowValueType
    required: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = WorkflowValueType(d.pop("type"))

        required = d.pop("required", UNSET)

        workflow_graph_input_decl = cls(
            type_=type_,
            required=required,
        )

        return workflow_graph_input_decl
