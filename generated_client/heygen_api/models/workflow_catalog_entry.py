from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_catalog_entry_input_schema import (
        WorkflowCatalogEntryInputSchema,
    )
    from ..models.workflow_catalog_entry_output_schema import (
        WorkflowCatalogEntryOutputSchema,
    )


T = TypeVar("T", bound="WorkflowCatalogEntry")


@_attrs_define
class WorkflowCatalogEntry:
    """Schema information for a single exposed workflow.

    Attributes:
        workflow_type (str): The workflow type identifier
        name (str): Human-readable name
        description (str): What this workflow does
        category (str): Workflow category: content_ai, media_generation, utility
        input_schema (WorkflowCatalogEntryInputSchema): JSON Schema for the workflow's input
        output_schema (WorkflowCatalogEntryOutputSchema): JSON Schema for the workflow's output
    """

    workflow_type: str
    name: str
    description: str
    category: str
    input_schema: WorkflowCatalogEntryInputSchema
    output_schema: WorkflowCatalogEntryOutputSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_type = self.workflow_type

        name = self.name

        description = self.description

        category = self.category

        input_schema = self.input_schema.to_dict()

        output_schema = self.output_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_type": workflow_type,
                "name": name,
                "description": description,
                "category": category,
                "input_schema": input_schema,
                "output_schema": output_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_catalog_entry_input_schema import (
            WorkflowCatalogEntryInputSchema,  # noqa: PLC0415
        )
        from ..models.workflow_catalog_entry_output_schema import (
            WorkflowCatalogEntryOutputSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        workflow_type = d.pop("workflow_type")

        name = d.pop("name")

        description = d.pop("description")

        category = d.pop("category")

        input_schema = WorkflowCatalogEntryInputSchema.from_dict(d.pop("input_schema"))

        output_schema = WorkflowCatalogEntryOutputSchema.from_dict(
            d.pop("output_schema")
        )

        workflow_catalog_entry = cls(
            workflow_type=workflow_type,
            name=name,
            description=description,
            category=category,
            input_schema=input_schema,
            output_schema=output_schema,
        )

        workflow_catalog_entry.additional_properties = d
        return workflow_catalog_entry

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
