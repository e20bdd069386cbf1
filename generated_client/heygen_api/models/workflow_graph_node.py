from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_graph_node_bindings import WorkflowGraphNodeBindings
    from ..models.workflow_graph_node_config import WorkflowGraphNodeConfig


T = TypeVar("T", bound="WorkflowGraphNode")


@_attrs_define
class WorkflowGraphNode:
    """One authored node. `type`/`variant` select a node type from the node-type catalog.

    Attributes:
        id (str): Node id, unique within the graph.
        type_ (str): Node family, as listed by the node-type catalog.
        variant (None | str | Unset): Variant within the family; omit for a single-variant family.
        config (WorkflowGraphNodeConfig | Unset): Authored configuration, validated against the node type's config
            schema.
        depends_on (list[str] | Unset): Ids of nodes that must complete before this one, beyond binding-implied edges.
        bindings (WorkflowGraphNodeBindings | Unset): Where each input port's value comes from, keyed by port name.
    """

    id: str
    type_: str
    variant: None | str | Unset = UNSET
    config: WorkflowGraphNodeConfig | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    bindings: WorkflowGraphNodeBindings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = self.bindings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant
        if config is not UNSET:
            field_dict["config"] = config
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if bindings is not UNSET:
            field_dict["bindings"] = bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_graph_node_bindings import WorkflowGraphNodeBindings  # noqa: PLC0415
        from ..models.workflow_graph_node_config import WorkflowGraphNodeConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        _config = d.pop("config", UNSET)
        config: WorkflowGraphNodeConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = WorkflowGraphNodeConfig.from_dict(_config)

        depends_on = cast(list[str], d.pop("depends_on", UNSET))

        _bindings = d.pop("bindings", UNSET)
        bindings: WorkflowGraphNodeBindings | Unset
        if isinstance(_bindings, Unset):
            bindings = UNSET
        else:
            bindings = WorkflowGraphNodeBindings.from_dict(_bindings)

        workflow_graph_node = cls(
            id=id,
            type_=type_,
            variant=variant,
            config=config,
            depends_on=depends_on,
            bindings=bindings,
        )

        return workflow_graph_node
